-- evidence: the team's on-site evidence and its synthesis (issue 16). Everything here is confidential
-- to the challenge's team and its manager (decision 0060). Notes are never attributed to a person met:
-- there is no column for one. Live findings are drafted here; on publication they are written to the
-- knowledge base's finding record (report_finding) with the same kinds (frameworks.FindingKind).

-- A note of evidence: from a session of the on-site programme, a document of the challenge (with a
-- page) or a metric of the data pack. client_key makes a resent note (offline queue) a no-op.
create table evidence_note (
    id                    bigint generated always as identity primary key,
    challenge_id          bigint      not null references challenge (id) on delete cascade,
    client_key            uuid        not null,
    source                text        not null check (source in ('SESSION', 'DOCUMENT', 'DATA')),
    session_id            bigint      references programme_session (id),
    document_id           bigint      references challenge_document (id),
    document_page         integer     check (document_page between 1 and 100000),
    metric_id             text        check (length(metric_id) between 1 and 200),
    kind                  text        not null check (kind in ('STRENGTH', 'AREA_FOR_IMPROVEMENT', 'OBSERVATION')),
    text                  text        not null check (length(btrim(text)) between 1 and 10000),
    -- The component the system suggested when the note was written (for measuring the suggestions).
    suggested_component   text,
    author_user_id        bigint      not null,
    author_name           text        not null,
    created_at            timestamptz not null default now(),
    updated_at            timestamptz not null default now(),
    version               integer     not null default 0,
    deleted               boolean     not null default false,
    unique (challenge_id, client_key),
    check ((source = 'SESSION' and session_id is not null and document_id is null and metric_id is null)
        or (source = 'DOCUMENT' and document_id is not null and session_id is null and metric_id is null)
        or (source = 'DATA' and metric_id is not null and session_id is null and document_id is null))
);
create index evidence_note_challenge_idx on evidence_note (challenge_id, created_at) where not deleted;
create index evidence_note_session_idx on evidence_note (session_id);

-- What a note bears on: one or more core components of the challenge's framework, or focus areas.
create table evidence_note_code (
    note_id        bigint not null references evidence_note (id) on delete cascade,
    component_id   text,
    focus_area_id  bigint references focus_area (id),
    check ((component_id is null) <> (focus_area_id is null))
);
create unique index evidence_note_code_component_idx on evidence_note_code (note_id, component_id)
    where component_id is not null;
create unique index evidence_note_code_focus_idx on evidence_note_code (note_id, focus_area_id)
    where focus_area_id is not null;

-- A note's all-MiniLM-L6-v2 vector (384 components, length 1), written after the note is saved.
create table evidence_note_vector (
    note_id  bigint primary key references evidence_note (id) on delete cascade,
    vector   real[] not null check (cardinality(vector) = 384)
);

-- A candidate theme on the synthesis board: notes under one component or focus area grouped by
-- meaning. Themes peers have named, merged or split (edited) survive a re-grouping, as do notes they
-- placed by hand (evidence_theme_note.placed_by_hand).
create table evidence_theme (
    id             bigint generated always as identity primary key,
    challenge_id   bigint      not null references challenge (id) on delete cascade,
    component_id   text,
    focus_area_id  bigint      references focus_area (id),
    name           text        check (length(name) between 1 and 300),
    edited         boolean     not null default false,
    created_at     timestamptz not null default now(),
    version        integer     not null default 0,
    check ((component_id is null) <> (focus_area_id is null))
);
create index evidence_theme_challenge_idx on evidence_theme (challenge_id);

create table evidence_theme_note (
    theme_id        bigint  not null references evidence_theme (id) on delete cascade,
    note_id         bigint  not null references evidence_note (id) on delete cascade,
    placed_by_hand  boolean not null default false,
    primary key (theme_id, note_id)
);
create index evidence_theme_note_note_idx on evidence_theme_note (note_id);

-- The last grouping run of a challenge's board, for progress and "grouped at".
create table evidence_grouping_run (
    challenge_id  bigint      primary key references challenge (id) on delete cascade,
    state         text        not null check (state in ('RUNNING', 'DONE', 'FAILED')),
    notes_total   integer     not null default 0,
    notes_done    integer     not null default 0,
    started_at    timestamptz not null default now(),
    finished_at   timestamptz,
    message       text
);

-- A live finding: a statement under a component or focus area, linked to the notes that support it.
-- key_position orders the key recommendations (the report's headline list).
create table evidence_finding (
    id                bigint generated always as identity primary key,
    challenge_id      bigint      not null references challenge (id) on delete cascade,
    component_id      text,
    focus_area_id     bigint      references focus_area (id),
    kind              text        not null check (kind in ('STRENGTH', 'CHALLENGE', 'RECOMMENDATION', 'NOTABLE_PRACTICE')),
    text              text        not null check (length(btrim(text)) between 1 and 5000),
    theme_id          bigint      references evidence_theme (id) on delete set null,
    key_position      integer     check (key_position >= 1),
    agreed            boolean     not null default false,
    agreed_by_name    text,
    agreed_at         timestamptz,
    created_by_name   text        not null,
    created_at        timestamptz not null default now(),
    updated_by_name   text        not null,
    updated_at        timestamptz not null default now(),
    version           integer     not null default 0,
    deleted           boolean     not null default false,
    check ((component_id is null) <> (focus_area_id is null)),
    check (key_position is null or kind = 'RECOMMENDATION')
);
create index evidence_finding_challenge_idx on evidence_finding (challenge_id) where not deleted;
create unique index evidence_finding_key_idx on evidence_finding (challenge_id, key_position)
    where key_position is not null and not deleted;

create table evidence_finding_note (
    finding_id  bigint not null references evidence_finding (id) on delete cascade,
    note_id     bigint not null references evidence_note (id) on delete cascade,
    primary key (finding_id, note_id)
);
create index evidence_finding_note_note_idx on evidence_finding_note (note_id);

-- Sign-off of the set of findings by the team's lead peer and the manager. A change to a finding
-- after sign-off withdraws the sign-offs (withdrawn_at, withdrawn_reason) and so reopens the set.
create table evidence_signoff (
    id                bigint generated always as identity primary key,
    challenge_id      bigint      not null references challenge (id) on delete cascade,
    seat              text        not null check (seat in ('LEAD_PEER', 'MANAGER')),
    user_id           bigint      not null,
    user_name         text        not null,
    signed_at         timestamptz not null default now(),
    withdrawn_at      timestamptz,
    withdrawn_reason  text
);
create unique index evidence_signoff_current_idx on evidence_signoff (challenge_id, seat) where withdrawn_at is null;
