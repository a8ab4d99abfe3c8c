-- The councils module's published view (decision 0020): what other modules may read of the register
-- in SQL, by join. Other modules never name the council table; they read this view, which PostgreSQL
-- inlines into their queries (a plain projection of one table), so a join costs what it did.
create view councils_council_v as
select gss_code, official_name, short_name, council_type, region, start_date, end_date
from council;

comment on view councils_council_v is
    'Published API of the councils module: one row per council in the register (current and abolished).';
