-- identity: user accounts with one role each, personal API tokens, and sign-in throttling.

create table user_account (
    id            bigint generated always as identity primary key,
    email         text        not null,
    display_name  text        not null,
    password_hash text        not null,
    role          text        not null check (role in
                      ('PROGRAMME_TEAM', 'PEER_CHALLENGE_MANAGER', 'PRINCIPAL_ADVISER', 'PEER', 'COUNCIL')),
    council_gss   varchar(9) references council (gss_code),
    job_title     text,
    organisation  text,
    enabled       boolean     not null default true,
    demo          boolean     not null default false,
    created_at    timestamptz not null default now(),
    updated_at    timestamptz not null default now(),
    version       integer     not null default 0,
    check (email = lower(email) and email like '%_@_%'),
    -- a council user is bound to exactly one council; nobody else is
    check ((role = 'COUNCIL') = (council_gss is not null))
);
create unique index user_account_email_idx on user_account (email);
create index user_account_council_idx on user_account (council_gss) where council_gss is not null;

create table api_token (
    id           bigint generated always as identity primary key,
    user_id      bigint      not null references user_account (id) on delete cascade,
    name         text        not null check (length(name) between 1 and 100),
    token_hash   bytea       not null unique,
    token_prefix text        not null,
    created_at   timestamptz not null default now(),
    last_used_at timestamptz,
    revoked_at   timestamptz
);
create index api_token_user_idx on api_token (user_id);

-- Failed sign-ins per key ('account:<email>' or 'address:<ip>') within a sliding window.
create table sign_in_throttle (
    throttle_key     text primary key,
    failures         integer     not null,
    window_start     timestamptz not null,
    locked_until     timestamptz
);
