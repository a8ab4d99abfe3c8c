-- peers: the peer pool. Member peers (councillors), officer peers and LGA staff who serve on
-- challenges; their expertise, accreditation and training, unavailable dates and declared interests.

create table expertise_tag (
    id    text primary key check (id ~ '^[a-z][a-z0-9-]*$'),
    label text not null unique
);
insert into expertise_tag (id, label) values
 ('finance', 'Finance'),
 ('childrens-services', 'Children’s services'),
 ('adult-social-care', 'Adult social care'),
 ('regeneration', 'Regeneration and growth'),
 ('governance', 'Governance'),
 ('housing', 'Housing'),
 ('transformation', 'Transformation'),
 ('planning', 'Planning'),
 ('economic-development', 'Economic development'),
 ('communications', 'Communications and engagement'),
 ('workforce', 'Workforce and organisational development'),
 ('digital', 'Digital and data'),
 ('public-health', 'Public health and wellbeing'),
 ('partnerships', 'Partnerships'),
 ('performance', 'Performance management'),
 ('commercial', 'Commercial and income'),
 ('climate', 'Climate and environment'),
 ('community-safety', 'Community safety'),
 ('political-leadership', 'Political leadership'),
 ('place-leadership', 'Place leadership');

create table peer (
    id                bigint generated always as identity primary key,
    full_name         text        not null check (length(full_name) between 1 and 200),
    kind              text        not null check (kind in ('MEMBER', 'OFFICER', 'LGA_STAFF')),
    job_title         text,
    organisation      text,
    organisation_gss  varchar(9) references council (gss_code),
    political_group   text check (political_group in
                          ('CONSERVATIVE', 'LABOUR', 'LIBERAL_DEMOCRAT', 'GREEN', 'INDEPENDENT', 'REFORM', 'OTHER')),
    email             text check (email is null or (email = lower(email) and email like '%_@_%')),
    active            boolean     not null default true,
    historic          boolean     not null default false,
    notes             text,
    version           integer     not null default 0,
    created_at        timestamptz not null default now(),
    updated_at        timestamptz not null default now(),
    -- only councillors have a political group
    check (political_group is null or kind = 'MEMBER')
);
create unique index peer_email_idx on peer (email) where email is not null;
create index peer_name_idx on peer (lower(full_name));
create index peer_organisation_gss_idx on peer (organisation_gss);

create table peer_expertise (
    peer_id bigint not null references peer (id) on delete cascade,
    tag     text   not null references expertise_tag (id),
    primary key (peer_id, tag)
);
create index peer_expertise_tag_idx on peer_expertise (tag);

create table peer_accreditation (
    id          bigint generated always as identity primary key,
    peer_id     bigint not null references peer (id) on delete cascade,
    kind        text   not null check (kind in ('ACCREDITED_PEER', 'LEAD_PEER', 'MEMBER_PEER_TRAINING',
                                               'OFFICER_PEER_TRAINING', 'FINANCE_PEER', 'OTHER')),
    title       text   not null,
    achieved_on date   not null,
    expires_on  date,
    check (expires_on is null or expires_on > achieved_on)
);
create index peer_accreditation_peer_idx on peer_accreditation (peer_id);

create table peer_unavailability (
    id        bigint generated always as identity primary key,
    peer_id   bigint not null references peer (id) on delete cascade,
    from_date date   not null,
    to_date   date   not null,
    reason    text,
    check (to_date >= from_date)
);
create index peer_unavailability_peer_idx on peer_unavailability (peer_id, from_date);

-- A council the peer has a conflict of interest with (e.g. a former employer, a relative's council).
create table peer_interest (
    peer_id     bigint     not null references peer (id) on delete cascade,
    council_gss varchar(9) not null references council (gss_code),
    description text       not null,
    primary key (peer_id, council_gss)
);
create index peer_interest_council_idx on peer_interest (council_gss);
