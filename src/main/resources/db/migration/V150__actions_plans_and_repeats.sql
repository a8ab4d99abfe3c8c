-- actions: the council's action plan against its final report (issue 18), and repeated recommendations.
-- A plan belongs to one challenge and has one entry per recommendation of the final report (its stable
-- reference, e.g. key:1). The council responds to each entry and adds actions with dated progress
-- notes and evidence links. Submitting the plan for publication freezes the whole plan as a version
-- (JSON); the first submission published is the public plan, and later updates are new versions.

create table action_plan (
    id               bigint generated always as identity primary key,
    challenge_id     bigint      not null unique references challenge (id),
    council_gss      varchar(9)  not null,
    report_id        bigint      not null,
    -- the day the report was final: no action may be due before it
    report_final_on  date        not null,
    -- when the plan must be published (three months after the visit, five at the latest)
    publication_due  date,
    -- DRAFT until its first version is published; the working copy stays editable, and each submission
    -- for publication freezes it as the next version in action_plan_version and publishes that version
    state            text        not null default 'DRAFT' check (state in ('DRAFT', 'PUBLISHED')),
    -- the number the next submitted version will take
    next_version     integer     not null default 1,
    published_version integer,
    slug             text        unique check (slug is null or slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    created_at       timestamptz not null default now(),
    updated_at       timestamptz not null default now(),
    lock_version     integer     not null default 0
);
create index action_plan_council_idx on action_plan (council_gss);

create table action_plan_entry (
    id              bigint generated always as identity primary key,
    plan_id         bigint      not null references action_plan (id) on delete cascade,
    ref             text        not null check (ref ~ '^[a-z0-9:._-]{1,200}$'),
    position        integer     not null,
    section_heading text,
    text            text        not null check (length(btrim(text)) between 1 and 4000),
    response        text        check (response in ('ACCEPTED', 'PARTLY_ACCEPTED', 'NOT_ACCEPTED')),
    response_reason text        check (response_reason is null or length(btrim(response_reason)) between 1 and 4000),
    responded_by    text,
    responded_at    timestamptz,
    unique (plan_id, ref),
    -- a partial or refused acceptance says why
    check (response is null or response = 'ACCEPTED' or response_reason is not null)
);

create table action_plan_action (
    id           bigint generated always as identity primary key,
    entry_id     bigint      not null references action_plan_entry (id) on delete cascade,
    description  text        not null check (length(btrim(description)) between 1 and 2000),
    -- a named post ("Director of Finance"), never a person's name
    owner_post   text        not null check (length(btrim(owner_post)) between 1 and 200),
    due_on       date        not null,
    status       text        not null default 'NOT_STARTED'
                 check (status in ('NOT_STARTED', 'IN_PROGRESS', 'COMPLETED', 'EMBEDDED')),
    created_at   timestamptz not null default now(),
    updated_at   timestamptz not null default now(),
    lock_version integer     not null default 0
);
create index action_plan_action_due_idx on action_plan_action (due_on) where status in ('NOT_STARTED', 'IN_PROGRESS');

create table action_plan_progress (
    id          bigint generated always as identity primary key,
    action_id   bigint      not null references action_plan_action (id) on delete cascade,
    noted_on    date        not null,
    text        text        not null check (length(btrim(text)) between 1 and 4000),
    created_by  text        not null,
    created_at  timestamptz not null default now()
);

create table action_plan_evidence (
    id          bigint generated always as identity primary key,
    action_id   bigint      not null references action_plan_action (id) on delete cascade,
    url         text        not null check (url ~ '^https?://' and length(url) <= 2000),
    label       text        not null check (length(btrim(label)) between 1 and 300),
    created_by  text        not null,
    created_at  timestamptz not null default now()
);

-- Comments of the manager, the adviser and the programme team (and the council's replies).
create table action_plan_comment (
    id          bigint generated always as identity primary key,
    plan_id     bigint      not null references action_plan (id) on delete cascade,
    entry_id    bigint      references action_plan_entry (id) on delete cascade,
    text        text        not null check (length(btrim(text)) between 1 and 4000),
    author_name text        not null,
    author_role text        not null,
    created_at  timestamptz not null default now()
);

-- A submitted version: the whole plan as JSON, frozen.
create table action_plan_version (
    plan_id      bigint      not null references action_plan (id) on delete cascade,
    number       integer     not null check (number >= 1),
    document     jsonb       not null,
    submitted_by text        not null,
    submitted_at timestamptz not null default now(),
    published_on date,
    primary key (plan_id, number)
);

-- A likely repeat: a recommendation (or challenge) of a newer challenge that is near in meaning to an
-- earlier one of the same council or of its predecessors (decision 0100); the manager confirms or
-- dismisses it. One row per (challenge, new text, earlier recommendation).
create table recurrence_flag (
    id                 bigint generated always as identity primary key,
    challenge_id       bigint      not null references challenge (id),
    council_gss        varchar(9)  not null,
    -- what the new text is: a recommendation of the challenge's final report or plan (its ref), or a
    -- finding of the team (finding:<id>)
    new_ref            text        not null,
    new_text           text        not null,
    -- the earlier recommendation: imported:<finding id> or plan:<entry id>
    earlier_ref        text        not null,
    earlier_text       text        not null,
    earlier_council_gss varchar(9) not null,
    earlier_year       integer,
    earlier_href       text,
    similarity         real        not null,
    state              text        not null default 'PROPOSED' check (state in ('PROPOSED', 'CONFIRMED', 'DISMISSED')),
    decided_by         text,
    decided_at         timestamptz,
    created_at         timestamptz not null default now(),
    unique (challenge_id, new_ref, earlier_ref)
);
create index recurrence_flag_council_idx on recurrence_flag (council_gss, state);

-- Reminders of actions due soon or overdue, an outbox: one row per (action, kind, recipient, day the
-- reminder is for); sent through GOV.UK Notify when a key is configured, else kept for the outbox page.
create table action_reminder (
    id             bigint generated always as identity primary key,
    action_id      bigint      not null references action_plan_action (id) on delete cascade,
    kind           text        not null check (kind in ('DUE_SOON', 'OVERDUE')),
    recipient      text        not null,
    for_day        date        not null,
    subject        text        not null,
    body           text        not null,
    -- the reference sent to Notify, so that a retry after an unknown outcome is recognisable
    reference      text        not null unique,
    state          text        not null default 'PENDING' check (state in ('PENDING', 'SENT', 'OUTBOX', 'FAILED')),
    attempts       integer     not null default 0,
    next_attempt_at timestamptz not null default now(),
    last_error     text,
    notify_id      text,
    created_at     timestamptz not null default now(),
    sent_at        timestamptz,
    unique (action_id, kind, recipient, for_day)
);
create index action_reminder_pending_idx on action_reminder (next_attempt_at) where state = 'PENDING';
