-- councils: reorganisation as data (issue 13, item 11). The programme team records a reorganisation ahead
-- of time: the new councils (added to the register with their vesting day as start date), the councils
-- each replaces (their end date set to the vesting day, a succession row each) and the shadow period. The
-- register file loaded at start-up knows nothing of these: CouncilRegisterLoader applies them again after
-- every load (Reorganisations.reapply), so a new register file never undoes a recorded reorganisation.
create table council_reorganisation (
    id            bigint generated always as identity primary key,
    name          text        not null unique check (length(btrim(name)) between 1 and 200),
    vesting_day   date        not null,
    shadow_from   date        check (shadow_from is null or shadow_from < vesting_day),
    source        text        check (source is null or length(btrim(source)) between 1 and 500),
    recorded_by   text        not null,
    recorded_at   timestamptz not null default now()
);

-- What the reorganisation does: each new council and each council it replaces (a county split between two
-- new councils appears twice).
create table council_reorganisation_transfer (
    reorganisation_id bigint     not null references council_reorganisation (id),
    successor_gss     varchar(9) not null references council (gss_code),
    predecessor_gss   varchar(9) not null references council (gss_code),
    primary key (reorganisation_id, successor_gss, predecessor_gss),
    check (successor_gss <> predecessor_gss)
);
create index council_reorganisation_transfer_predecessor_idx on council_reorganisation_transfer (predecessor_gss);
