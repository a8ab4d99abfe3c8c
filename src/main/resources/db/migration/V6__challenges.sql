-- challenges: one record per peer challenge that everyone involved works from. Its life cycle with
-- every transition recorded, scope (focus areas and questions, amendments after the freeze),
-- documents (in the database, so one backup holds everything), the peer team and the on-site programme.

create sequence challenge_reference_seq;

create table challenge (
    id                    bigint generated always as identity primary key,
    reference             text        not null unique,
    council_gss           varchar(9)  not null references council (gss_code),
    challenge_type        text        not null check (challenge_type in
                              ('CORPORATE', 'FINANCE', 'GOVERNANCE', 'PROGRESS_REVIEW', 'OTHER')),
    reviews_challenge_id  bigint references challenge (id),
    framework_id          text        not null references framework_version (id),
    rules_id              text        not null references programme_rules (id),
    state                 text        not null check (state in
                              ('ENQUIRY', 'BOOKED', 'SCOPING', 'PREPARING', 'ON_SITE', 'FEEDBACK_GIVEN',
                               'REPORT_DRAFTING', 'FACTUAL_ACCURACY_CHECK', 'REPORT_FINAL', 'PUBLISHED',
                               'ACTION_PLAN', 'PROGRESS_REVIEW', 'CLOSED', 'CANCELLED')),
    on_site_start         date,
    on_site_end           date,
    political_control     text check (political_control in
                              ('CONSERVATIVE', 'LABOUR', 'LIBERAL_DEMOCRAT', 'GREEN', 'INDEPENDENT', 'REFORM',
                               'OTHER', 'NO_OVERALL_CONTROL')),
    manager_user_id       bigint references user_account (id),
    adviser_user_id       bigint references user_account (id),
    enquiry_on            date        not null,
    booked_on             date,
    scope_agreed_at       timestamptz,
    report_published_on   date,
    report_url            text,
    action_plan_published_on date,
    progress_review_on    date,
    historic              boolean     not null default false,
    notes                 text,
    version               integer     not null default 0,
    created_at            timestamptz not null default now(),
    updated_at            timestamptz not null default now(),
    check (on_site_end is null or on_site_start is null or on_site_end >= on_site_start),
    check (on_site_end is null or on_site_start is null or on_site_end - on_site_start <= 14),
    check ((challenge_type = 'PROGRESS_REVIEW') = (reviews_challenge_id is not null) or reviews_challenge_id is null)
);
create index challenge_council_idx on challenge (council_gss, on_site_start desc);
create index challenge_state_idx on challenge (state);
create index challenge_manager_idx on challenge (manager_user_id);
create index challenge_adviser_idx on challenge (adviser_user_id);
create index challenge_on_site_idx on challenge (on_site_start);

create table challenge_transition (
    id           bigint generated always as identity primary key,
    challenge_id bigint      not null references challenge (id),
    from_state   text,
    to_state     text        not null,
    at           timestamptz not null default now(),
    by_user_id   bigint,
    by_name      text,
    note         text
);
create index challenge_transition_challenge_idx on challenge_transition (challenge_id, at);

create table focus_area (
    id                   bigint generated always as identity primary key,
    challenge_id         bigint   not null references challenge (id) on delete cascade,
    position             integer  not null,
    title                text     not null check (length(title) between 1 and 300),
    questions            text[]   not null default '{}',
    added_after_freeze   boolean  not null default false,
    removed              boolean  not null default false
);
create index focus_area_challenge_idx on focus_area (challenge_id, position);

-- Changes to the scope once the visit has started: recorded, not silently applied.
create table scope_amendment (
    id           bigint generated always as identity primary key,
    challenge_id bigint      not null references challenge (id) on delete cascade,
    at           timestamptz not null default now(),
    by_user_id   bigint,
    by_name      text,
    description  text        not null
);

create table challenge_document (
    id            bigint generated always as identity primary key,
    challenge_id  bigint      not null references challenge (id) on delete cascade,
    kind          text        not null check (kind in ('POSITION_STATEMENT', 'SUPPORTING', 'DATA_PACK', 'OTHER')),
    filename      text        not null,
    content_type  text        not null,
    size_bytes    bigint      not null check (size_bytes > 0),
    sha256        text        not null,
    content       bytea       not null,
    uploaded_by   bigint,
    uploaded_name text,
    uploaded_at   timestamptz not null default now()
);
create index challenge_document_challenge_idx on challenge_document (challenge_id);

create table team_member (
    id             bigint generated always as identity primary key,
    challenge_id   bigint      not null references challenge (id) on delete cascade,
    peer_id        bigint      not null references peer (id),
    team_role      text        not null check (team_role in
                       ('LEAD_OFFICER_PEER', 'LEAD_MEMBER_PEER', 'MEMBER_PEER', 'OFFICER_PEER',
                        'PEER_CHALLENGE_MANAGER')),
    status         text        not null check (status in ('PROPOSED', 'AGREED', 'DECLINED', 'WITHDRAWN')),
    decline_reason text,
    proposed_by    bigint,
    proposed_at    timestamptz not null default now(),
    decided_by     bigint,
    decided_at     timestamptz,
    check (status <> 'DECLINED' or decline_reason is not null)
);
create unique index team_member_active_idx on team_member (challenge_id, peer_id)
    where status in ('PROPOSED', 'AGREED');
create index team_member_peer_idx on team_member (peer_id);

create table programme_session (
    id                bigint generated always as identity primary key,
    challenge_id      bigint    not null references challenge (id) on delete cascade,
    kind              text      not null check (kind in
                          ('INTERVIEW', 'FOCUS_GROUP', 'WORKSHOP', 'OBSERVATION', 'SITE_VISIT', 'DOCUMENT_REVIEW')),
    title             text      not null check (length(title) between 1 and 300),
    day               date      not null,
    starts_at         time      not null,
    ends_at           time      not null,
    place             text,
    stakeholder_group text      check (stakeholder_group in
                          ('COUNCILLORS', 'SENIOR_OFFICERS', 'STAFF', 'PARTNERS', 'RESIDENTS', 'BUSINESSES',
                           'VOLUNTARY_SECTOR')),
    people_met        integer   not null default 0 check (people_met >= 0 and people_met <= 5000),
    check (ends_at > starts_at)
);
create index programme_session_challenge_idx on programme_session (challenge_id, day, starts_at);

create table session_peer (
    session_id     bigint not null references programme_session (id) on delete cascade,
    team_member_id bigint not null references team_member (id) on delete cascade,
    primary key (session_id, team_member_id)
);
create index session_peer_member_idx on session_peer (team_member_id);
