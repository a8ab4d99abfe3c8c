-- knowledge: published peer challenge reports imported as historic challenges. The document
-- (its bytes' hash, its text and its parsed JSON), its findings as records with identity (later
-- issues track recommendations through action plans and recurrence), and its text by paragraph for
-- full-text search. One report per challenge: an update replaces the report and its rows.

create table report (
    id             bigint generated always as identity primary key,
    challenge_id   bigint      not null unique references challenge (id),
    file_name      text        not null check (length(file_name) between 1 and 300),
    sha256         text        not null check (sha256 ~ '^[0-9a-f]{64}$'),
    document_type  text        not null check (document_type in ('peer-challenge-report', 'progress-review', 'other')),
    source_text    text        not null,
    parsed         jsonb       not null,
    council_gss    varchar(9)  not null references council (gss_code),
    year           integer     not null check (year between 1990 and 2100),
    imported_by    bigint,
    imported_name  text,
    imported_at    timestamptz not null default now()
);
create index report_council_idx on report (council_gss, year);
create index report_sha256_idx on report (sha256);

create table report_finding (
    id              bigint generated always as identity primary key,
    report_id       bigint      not null references report (id) on delete cascade,
    challenge_id    bigint      not null references challenge (id),
    council_gss     varchar(9)  not null references council (gss_code),
    year            integer     not null,
    kind            text        not null check (kind in
                        ('KEY_RECOMMENDATION', 'STRENGTH', 'CHALLENGE', 'RECOMMENDATION', 'NOTABLE_PRACTICE')),
    position        integer     not null check (position >= 0),
    theme_heading   text,
    component_id    text,
    text            text        not null check (length(text) > 0),
    -- The paragraph of the report's text the finding was read from, for links; null if not found.
    paragraph_position integer,
    search          tsvector    generated always as (
                        setweight(to_tsvector('english', coalesce(theme_heading, '')), 'B')
                        || setweight(to_tsvector('english', text), 'A')) stored,
    unique (report_id, kind, position)
);
create index report_finding_search_idx on report_finding using gin (search);
create index report_finding_kind_idx on report_finding (kind, year);
create index report_finding_component_idx on report_finding (component_id, year);
create index report_finding_challenge_idx on report_finding (challenge_id);

create table report_paragraph (
    report_id  bigint   not null references report (id) on delete cascade,
    position   integer  not null check (position >= 1),
    heading    text,
    text       text     not null check (length(text) > 0),
    search     tsvector generated always as (
                   setweight(to_tsvector('english', coalesce(heading, '')), 'C')
                   || setweight(to_tsvector('english', text), 'B')) stored,
    primary key (report_id, position)
);
create index report_paragraph_search_idx on report_paragraph using gin (search);
