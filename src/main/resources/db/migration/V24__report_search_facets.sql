-- knowledge: the search filters inside the full-text index (decision 0013). Each paragraph and
-- finding carries its filter values as lexemes of a second tsvector ("facets": y2016, tdistrict,
-- rlondon, krecommendation, cfinancial-planning-and-viability), and one GIN index covers the text and
-- the facets together, so that a search with filters intersects the posting lists in the index
-- instead of fetching every row that has the words. Facets are filled by triggers from the report
-- and the council register, so the importer does not change.

create function report_facets(p_year integer, p_gss text, p_kind text, p_component text) returns tsvector
    language sql stable parallel safe
    return array_to_tsvector(array_remove(array[
        'y' || p_year,
        (select 't' || lower(c.council_type) from council c where c.gss_code = p_gss),
        (select 'r' || lower(c.region) from council c where c.gss_code = p_gss),
        'k' || lower(p_kind),
        case when p_kind = 'KEY_RECOMMENDATION' then 'krecommendation' end,
        'c' || p_component], null));

alter table report_finding add column facets tsvector;
alter table report_paragraph add column facets tsvector;

create function report_finding_facets() returns trigger
    language plpgsql as $$
begin
    new.facets := report_facets(new.year, new.council_gss, new.kind, new.component_id);
    return new;
end;
$$;

create function report_paragraph_facets() returns trigger
    language plpgsql as $$
begin
    new.facets := (select report_facets(r.year, r.council_gss, null, null) from report r where r.id = new.report_id);
    return new;
end;
$$;

create trigger report_finding_facets before insert or update of year, council_gss, kind, component_id
    on report_finding for each row execute function report_finding_facets();
create trigger report_paragraph_facets before insert or update of report_id
    on report_paragraph for each row execute function report_paragraph_facets();

update report_finding set facets = report_facets(year, council_gss, kind, component_id);
update report_paragraph p set facets = report_facets(r.year, r.council_gss, null, null)
from report r where r.id = p.report_id;

alter table report_finding alter column facets set not null;
alter table report_paragraph alter column facets set not null;

drop index report_finding_search_idx;
drop index report_paragraph_search_idx;
create index report_finding_search_idx on report_finding using gin (search, facets);
create index report_paragraph_search_idx on report_paragraph using gin (search, facets);
