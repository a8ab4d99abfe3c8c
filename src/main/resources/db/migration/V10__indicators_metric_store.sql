-- indicators: the metric store. Metrics (what is measured), their values per council and period with
-- the date each value became known, the imports that brought them, and Ofsted inspections of
-- children's services (judgements, not numbers). See docs/decisions/0007-metric-store.md.

-- What is measured. `id` is the stable slug everyone uses; `num` is a compact internal key for the
-- values table. Derived metrics carry their formula (the code that computes it is DerivedMetrics).
create table metric (
    num         integer generated always as identity primary key,
    id          text not null unique check (id ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(id) <= 80),
    title       text not null,
    description text not null,
    unit        text not null check (unit in ('GBP_THOUSAND', 'PERCENT', 'COUNT', 'RATIO', 'SCORE', 'PER_100K')),
    polarity    text not null check (polarity in ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER', 'NEITHER')),
    period_type text not null check (period_type in ('FINANCIAL_YEAR', 'QUARTER', 'YEAR', 'DATE')),
    theme       text not null check (theme in ('FINANCE', 'ADULT_SOCIAL_CARE', 'CHILDRENS_SERVICES', 'HOUSING',
                                               'ENVIRONMENT', 'PUBLIC_HEALTH', 'ECONOMY', 'CONTEXT')),
    source      text not null,
    licence     text not null,
    formula     text
);

-- One file imported (all or nothing): where it came from, who imported it, what it held.
create table metric_import (
    id                bigint generated always as identity primary key,
    format            text        not null,
    file_name         text        not null,
    sha256            text        not null,
    size_bytes        bigint      not null,
    values_imported   integer     not null default 0,
    values_changed    integer     not null default 0,
    inspections       integer     not null default 0,
    metrics_defined   integer     not null default 0,
    rows_skipped      integer     not null default 0,
    warnings          jsonb       not null default '[]'::jsonb,
    imported_by       text,
    imported_at       timestamptz not null default now(),
    duration_ms       integer     not null default 0
);
create index metric_import_imported_at_idx on metric_import (imported_at desc);

-- A value of a metric for a council and period, as published on a date. A later publication for the
-- same council, metric and period is a revision: "as known on date D" reads, per council, metric and
-- period, the row with the latest `published` on or before D. Values keep the GSS code the council
-- had at the time. `period_end` is the last day of the period; the metric's period type says what the
-- period is (financial year 2017-18 ends 2018-03-31). Derived metrics' values have no import.
--
-- The area compares byte by byte (collate "C": GSS codes are ASCII), which keeps index maintenance
-- cheap on large imports. The primary key leads with the area: a council's profile, a metric across a group of councils
-- (one probe per council) and a council's series all read it. No foreign keys here, on purpose: a million-row import must not fire a million constraint
-- triggers. Every area and metric is validated by the import against the register and the catalogue,
-- and neither councils nor metrics are ever deleted.
create table metric_value (
    area       varchar(9)       collate "C" not null,
    metric_num integer          not null,
    period_end date             not null,
    published  date             not null,
    value      double precision not null,
    import_id  bigint,
    primary key (area, metric_num, period_end, published)
);

-- An Ofsted inspection of a council's children's services (ILACS and earlier frameworks): dates,
-- the publication date (from when it counts) and the judgements; a null judgement was not given
-- or could not be read from the report.
create table childrens_services_inspection (
    id                  bigint generated always as identity primary key,
    area                varchar(9) not null references council (gss_code),
    framework           text,
    inspection_start    date,
    inspection_end      date,
    published           date       not null,
    overall             text,
    impact_of_leaders   text,
    help_and_protection text,
    in_care             text,
    care_leavers        text,
    report_url          text       not null unique,
    import_id           bigint     not null references metric_import (id),
    check (inspection_end is null or inspection_start is null or inspection_end >= inspection_start),
    check (overall in ('OUTSTANDING', 'GOOD', 'REQUIRES_IMPROVEMENT', 'INADEQUATE')),
    check (impact_of_leaders in ('OUTSTANDING', 'GOOD', 'REQUIRES_IMPROVEMENT', 'INADEQUATE')),
    check (help_and_protection in ('OUTSTANDING', 'GOOD', 'REQUIRES_IMPROVEMENT', 'INADEQUATE')),
    check (in_care in ('OUTSTANDING', 'GOOD', 'REQUIRES_IMPROVEMENT', 'INADEQUATE')),
    check (care_leavers in ('OUTSTANDING', 'GOOD', 'REQUIRES_IMPROVEMENT', 'INADEQUATE'))
);
create index childrens_services_inspection_area_idx on childrens_services_inspection (area, published desc);
