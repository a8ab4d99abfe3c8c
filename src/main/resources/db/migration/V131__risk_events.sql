-- risk: events at councils that say something about their health (decision 0080), recorded by advisers
-- and the programme team or imported (CSV, all or nothing), and the outcomes before April 2020 loaded
-- as starting data. An event counts from `known_on` (the day it became public or known), never from
-- the day it happened. No foreign key to the register (another module's table): every council code is
-- checked against the register (CouncilRegister) before it is written.
create table risk_event (
    id           bigint generated always as identity primary key,
    council_gss  varchar(9)  not null check (council_gss ~ '^E[0-9]{8}$'),
    kind         text        not null check (kind in (
                     'CHIEF_EXECUTIVE_DEPARTURE', 'SECTION_151_OFFICER_DEPARTURE', 'MONITORING_OFFICER_DEPARTURE',
                     'INTERIM_APPOINTMENT', 'AUDITOR_STATUTORY_RECOMMENDATIONS', 'PUBLIC_INTEREST_REPORT',
                     'QUALIFIED_OPINION', 'ADVERSE_OPINION', 'DISCLAIMED_OPINION', 'ACCOUNTS_NOT_AUDITED_BY_BACKSTOP',
                     'EXCEPTIONAL_FINANCIAL_SUPPORT_REQUEST', 'CAPITALISATION_DIRECTION', 'SECTION_114_NOTICE',
                     'BEST_VALUE_NOTICE', 'BEST_VALUE_INSPECTION', 'GOVERNMENT_INTERVENTION', 'INTERVENTION_ENDED',
                     'CHANGE_OF_POLITICAL_CONTROL', 'WHISTLEBLOWING')),
    event_date   date        not null,
    known_on     date        not null,
    source       text        not null check (length(source) between 1 and 500),
    licence      text        check (length(licence) <= 200),
    note         text        check (length(note) <= 2000),
    recorded_by  text        not null,
    recorded_by_user_id bigint,
    -- the starting data set the event came with (e.g. risk/outcome-events.csv), null when a person recorded it
    dataset      text,
    recorded_at  timestamptz not null default now(),
    check (known_on >= event_date),
    unique (council_gss, kind, event_date)
);
create index risk_event_known_on_idx on risk_event (known_on);
create index risk_event_council_idx on risk_event (council_gss, event_date desc);

-- The region each principal adviser looks after (set by the programme team): an adviser sees the watch
-- list and the assessments of that region's councils only.
create table risk_adviser_region (
    user_id    bigint primary key,
    region     text        not null check (region in
                   ('NORTH_EAST', 'NORTH_WEST', 'YORKSHIRE_AND_THE_HUMBER', 'EAST_MIDLANDS', 'WEST_MIDLANDS',
                    'EAST_OF_ENGLAND', 'LONDON', 'SOUTH_EAST', 'SOUTH_WEST')),
    set_by     text        not null,
    set_at     timestamptz not null default now()
);
