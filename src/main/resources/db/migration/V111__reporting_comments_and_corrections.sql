-- reporting: comments on a feedback report's draft, per section (issue 17). The team comments during its
-- review (each comment resolved or not); the council's users comment during the factual accuracy check,
-- each comment either a proposed correction of a fact (with the wording proposed) or a comment on an
-- opinion (allowed, and shown to the manager as such). The manager accepts or rejects each correction
-- with a reason; the record is kept (never deleted, never edited after the decision).

create table feedback_report_comment (
    id                 bigint generated always as identity primary key,
    report_id          bigint      not null references feedback_report (id) on delete cascade,
    -- the section commented on: "executive-summary", "process", "signposting", "next-steps",
    -- "key-recommendations", "facts", or a feedback section's key ("component:<id>", "focus:<id>")
    section_key        text        not null check (length(section_key) between 1 and 250),
    kind               text        not null check (kind in ('TEAM', 'FACT_CORRECTION', 'OPINION')),
    text               text        not null check (length(btrim(text)) between 1 and 10000),
    -- a proposed correction's wording (FACT_CORRECTION only, and then required)
    proposed_wording   text        check (proposed_wording is null or length(btrim(proposed_wording)) between 1 and 10000),
    -- the version of the report the comment was made on
    version_number     integer     not null,
    author_user_id     bigint      not null,
    author_name        text        not null,
    -- the council the author commented for (council users), else null
    author_council_gss text,
    created_at         timestamptz not null default now(),
    -- a team comment: resolved or not
    resolved_at        timestamptz,
    resolved_by        text,
    -- a proposed correction: the manager's decision with its reason
    decision           text        check (decision in ('ACCEPTED', 'REJECTED')),
    decision_reason    text        check (decision_reason is null or length(btrim(decision_reason)) between 1 and 2000),
    decided_by         text,
    decided_at         timestamptz,
    check ((kind = 'FACT_CORRECTION') = (proposed_wording is not null)),
    check (decision is null or kind = 'FACT_CORRECTION'),
    check ((decision is null) = (decision_reason is null)),
    check (resolved_at is null or kind = 'TEAM')
);
create index feedback_report_comment_report_idx on feedback_report_comment (report_id, section_key, id);
