-- shared: the audit trail every module writes to, and the HTTP session store (Spring Session JDBC),
-- so that any node can serve any request.

create table audit_event (
    id             bigint generated always as identity primary key,
    occurred_at    timestamptz not null default now(),
    actor_id       bigint,
    actor_email    text,
    action         text        not null,
    subject_type   text        not null,
    subject_id     text,
    summary        text        not null,
    details        jsonb       not null default '{}'::jsonb,
    remote_address text
);
create index audit_event_occurred_at_idx on audit_event (occurred_at desc);
create index audit_event_subject_idx on audit_event (subject_type, subject_id);
create index audit_event_actor_idx on audit_event (actor_id, occurred_at desc);

create table spring_session (
    primary_id            char(36)     not null,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval int          not null,
    expiry_time           bigint       not null,
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references spring_session (primary_id) on delete cascade
);

-- Reference data sets loaded from files shipped in the application (one row per data set).
create table reference_data_load (
    dataset    text primary key,
    checksum   text        not null,
    row_count  integer     not null,
    loaded_at  timestamptz not null default now()
);
