-- shared: which parts of the demonstration programme this database holds (one row per contributor,
-- written in the same transaction as its data), so a restart or a second node never adds them twice.
create table demo_contribution (
    name       text        primary key,
    applied_at timestamptz not null default now()
);
