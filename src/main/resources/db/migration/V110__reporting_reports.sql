-- reporting: the feedback report of a peer challenge (issue 17); its tables are feedback_report*, as the
-- knowledge base's imported reports already have report*. A report belongs to one challenge; every
-- save is a version holding the whole ReportDocument as JSON (facts assembled from the challenge's record
-- plus the team's Markdown narrative); publication freezes one version at a stable public address, and a
-- correction after publication is a new publication (edition) of a new version, with its reason shown.
-- Drafts, versions that were never published, and comments are confidential to the challenge's team and
-- manager, and to the council during its factual accuracy check.

create table feedback_report (
    id              bigint generated always as identity primary key,
    challenge_id    bigint      not null unique references challenge (id),
    state           text        not null default 'DRAFT'
                    check (state in ('DRAFT', 'TEAM_REVIEW', 'FACTUAL_ACCURACY_CHECK', 'FINAL', 'PUBLISHED')),
    -- The date by which the report must be published (from the programme rules the challenge was booked
    -- under: today three months after the visit).
    publication_due date        not null,
    current_version integer     not null default 1,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    -- optimistic lock for the report's state and its current version
    lock_version    integer     not null default 0
);

create table feedback_report_version (
    report_id    bigint      not null references feedback_report (id) on delete cascade,
    number       integer     not null check (number >= 1),
    document     jsonb       not null,
    -- why this version was made: required once the report is final (a change then is a new version)
    reason       text        check (reason is null or length(btrim(reason)) between 1 and 2000),
    created_by   text        not null,
    created_at   timestamptz not null default now(),
    primary key (report_id, number)
);

create table feedback_report_publication (
    id                bigint generated always as identity primary key,
    report_id         bigint      not null references feedback_report (id),
    edition           integer     not null check (edition >= 1),
    version_number    integer     not null,
    -- The public address: /published-reports/{slug}; the same for every edition of one report.
    slug              text        not null check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(slug) <= 200),
    published_on      date        not null,
    -- Shown on the public page for every edition after the first (a correction, never silent).
    correction_reason text        check (correction_reason is null or length(btrim(correction_reason)) between 1 and 2000),
    council_gss       text        not null,
    title             text        not null,
    -- The published ReportDocument (the same JSON as its version): what every public output renders.
    document          jsonb       not null,
    published_by      text        not null,
    created_at        timestamptz not null default now(),
    unique (report_id, edition),
    foreign key (report_id, version_number) references feedback_report_version (report_id, number),
    check ((edition = 1) = (correction_reason is null))
);
create index feedback_report_publication_slug_idx on feedback_report_publication (slug, edition desc);
create index feedback_report_publication_council_idx on feedback_report_publication (council_gss);
