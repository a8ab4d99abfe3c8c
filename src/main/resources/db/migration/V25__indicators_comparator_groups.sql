-- indicators: comparator groups (decision 0015), and a metric-leading path through the values.

-- A council's profile compares every metric it has with the same metric and period of each council of
-- its group: by the primary key (area first) that is one probe per council and metric. This covering
-- index holds, for each metric and period, every council's revisions side by side with their values, so
-- that a profile reads one short, contiguous index range per metric (an index-only scan), whatever the
-- size of the group. "As known on" stays a filter on `published`. 0012 foresaw it.
create index metric_value_metric_period_idx on metric_value (metric_num, period_end, area, published desc)
    include (value);

-- indicators: comparator groups (decision 0015). Nearest neighbours are computed by the Hub and stored
-- here (recomputed after every import and on demand); custom groups are saved by signed-in users.

-- The last computation of nearest neighbours: when, how long it took, the measures and their weights,
-- and the statistics (mean, standard deviation) each tier was standardised with.
create table nearest_neighbour_run (
    id          bigint generated always as identity primary key,
    computed_at timestamptz not null default now(),
    duration_ms integer     not null,
    councils    integer     not null,
    model       jsonb       not null
);

-- Per council in the last run: its tier, the measures it had (id -> value used, with the period), and
-- why it has fewer than 15 neighbours or none (e.g. too few measures known).
create table nearest_neighbour_council (
    area     varchar(9) collate "C" primary key,
    tier     text  not null check (tier in ('COUNTY', 'DISTRICT', 'SINGLE_TIER')),
    measures jsonb not null,
    note     text
);

-- A council's nearest neighbours, closest first (rank 1 to 15). Ties of distance are broken by GSS code.
create table nearest_neighbour (
    area      varchar(9) collate "C" not null,
    rank      smallint   not null check (rank between 1 and 15),
    neighbour varchar(9) collate "C" not null,
    distance  double precision not null check (distance >= 0),
    primary key (area, rank),
    check (neighbour <> area)
);

-- A comparator group a user saved: a name and councils chosen from the register. Owned by the user
-- (accounts are never deleted, only disabled); only its owner sees and changes it.
create table comparator_group (
    id         bigint generated always as identity primary key,
    owner_id   bigint      not null references user_account (id),
    name       text        not null check (length(name) between 1 and 100),
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    unique (owner_id, name)
);

create table comparator_group_member (
    group_id bigint     not null references comparator_group (id) on delete cascade,
    area     varchar(9) not null references council (gss_code),
    primary key (group_id, area)
);
