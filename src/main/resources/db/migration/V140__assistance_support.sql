-- The assistance module (issue 19, item 3; decision 0095): the principal adviser's record of the support
-- given to councils. Confidential to advisers and the programme team; council users see only a summary
-- the programme team has written and shared with them.

-- Which adviser is a council's contact. One current assignment per council (ended_at is null); earlier
-- assignments are kept as history.
create table assistance_assignment (
    id                  bigserial   primary key,
    council_gss         varchar(9)  not null references council (gss_code),
    adviser_user_id     bigint      not null references user_account (id),
    assigned_at         timestamptz not null default now(),
    assigned_by_user_id bigint      references user_account (id),
    ended_at            timestamptz,
    ended_by_user_id    bigint      references user_account (id),
    check (ended_at is null or ended_at >= assigned_at)
);
create unique index assistance_assignment_current on assistance_assignment (council_gss) where ended_at is null;
create index assistance_assignment_adviser on assistance_assignment (adviser_user_id) where ended_at is null;

-- A conversation an adviser or the programme team had with a council. Who took part from the council is
-- written as posts ("Chief executive; section 151 officer"), never personal names.
create table assistance_conversation (
    id                  bigserial   primary key,
    council_gss         varchar(9)  not null references council (gss_code),
    held_on             date        not null,
    council_posts       text        not null check (length(council_posts) between 1 and 300),
    summary             text        not null check (length(summary) between 1 and 5000),
    next_step           text        check (length(next_step) <= 2000),
    recorded_by_user_id bigint      references user_account (id),
    recorded_by_name    text        not null,
    recorded_at         timestamptz not null default now()
);
create index assistance_conversation_council on assistance_conversation (council_gss, held_on desc, id desc);

-- Support offered to a council and where it has got to: offered, then agreed or declined, then under way,
-- then completed (SupportState). Each step's date is kept; the outcome is written when declined or completed.
create table assistance_offer (
    id                  bigserial   primary key,
    council_gss         varchar(9)  not null references council (gss_code),
    kind                text        not null check (kind in ('PEER_CHALLENGE', 'FINANCE_PEER_REVIEW', 'MENTORING',
                                                             'SECONDED_STAFF', 'FUNDING', 'IMPROVEMENT_BOARD', 'OTHER')),
    other_kind          text        check (length(other_kind) <= 200),
    details             text        check (length(details) <= 2000),
    state               text        not null check (state in ('OFFERED', 'AGREED', 'DECLINED', 'UNDER_WAY', 'COMPLETED')),
    offered_on          date        not null,
    agreed_on           date,
    declined_on         date,
    started_on          date,
    completed_on        date,
    outcome             text        check (length(outcome) <= 5000),
    recorded_by_user_id bigint      references user_account (id),
    recorded_by_name    text        not null,
    recorded_at         timestamptz not null default now(),
    updated_at          timestamptz not null default now(),
    check (kind <> 'OTHER' or other_kind is not null)
);
create index assistance_offer_council on assistance_offer (council_gss, offered_on desc, id desc);

-- A written summary of the support, which the programme team may share with the council's own users.
-- A council user sees the one summary shared now (shared_at set, withdrawn_at null) and nothing else.
create table assistance_summary (
    id                  bigserial   primary key,
    council_gss         varchar(9)  not null references council (gss_code),
    text                text        not null check (length(text) between 1 and 5000),
    written_by_user_id  bigint      references user_account (id),
    written_by_name     text        not null,
    written_at          timestamptz not null default now(),
    shared_at           timestamptz,
    shared_by_name      text,
    withdrawn_at        timestamptz
);
create unique index assistance_summary_shared on assistance_summary (council_gss)
    where shared_at is not null and withdrawn_at is null;
