-- frameworks: the peer challenge framework as versioned data, the mapping between versions,
-- and the programme rules in force from a date.

create table framework_version (
    id            text primary key,
    title         text not null,
    year          smallint not null unique,
    in_use_from   date not null,
    description   text not null
);

create table framework_component (
    id           text primary key,
    framework_id text     not null references framework_version (id),
    position     smallint not null,
    headline     text     not null,
    question     text     not null,
    unique (framework_id, position)
);

-- How a component of one version relates to a component of another.
-- EQUIVALENT: the same question, renamed or reworded. PART: the target covers part of the source.
create table component_mapping (
    from_component text not null references framework_component (id),
    to_component   text not null references framework_component (id),
    relation       text not null check (relation in ('EQUIVALENT', 'PART')),
    note           text,
    primary key (from_component, to_component)
);

insert into framework_version (id, title, year, in_use_from, description) values
 ('cpc-2011', 'Corporate peer challenge framework 2011', 2011, date '2011-04-01',
  'The first corporate peer challenge offer: three core questions about the council''s context, leadership and capacity.'),
 ('cpc-2016', 'Corporate peer challenge framework 2016', 2016, date '2015-04-01',
  'Five core components considered by every corporate peer challenge, plus the council''s own focus areas.'),
 ('cpc-2024', 'Corporate peer challenge framework 2024', 2024, date '2023-04-01',
  'Five themes reworked around outcomes, place leadership, culture and capacity for improvement.');

insert into framework_component (id, framework_id, position, headline, question) values
 ('local-context-and-priorities', 'cpc-2011', 1, 'Local context and priorities',
  'Does the council understand its local context and has it set clear priorities that reflect it?'),
 ('leadership-and-governance', 'cpc-2011', 2, 'Leadership and governance',
  'Do political and managerial leadership, with the council''s governance, provide direction and take the difficult decisions?'),
 ('financial-and-organisational-capacity', 'cpc-2011', 3, 'Financial and organisational capacity',
  'Does the council have the money, people and organisation to deliver its priorities?'),

 ('understanding-place-and-priorities', 'cpc-2016', 1, 'Understanding of the local place and priority setting',
  'Does the council understand its place and use that to set a clear vision and priorities?'),
 ('leadership-of-place', 'cpc-2016', 2, 'Leadership of place',
  'Does the council lead the place through its members, officers and partnerships?'),
 ('organisational-leadership-and-governance', 'cpc-2016', 3, 'Organisational leadership and governance',
  'Is political and managerial leadership, with governance and decision making, equal to the council''s challenges?'),
 ('financial-planning-and-viability', 'cpc-2016', 4, 'Financial planning and viability',
  'Does the council have a plan for long-term financial viability, and is it being delivered?'),
 ('capacity-to-deliver', 'cpc-2016', 5, 'Capacity to deliver',
  'Is capacity aligned with priorities, and does the council lever in the capacity of its partners?'),

 ('local-priorities-and-outcomes', 'cpc-2024', 1, 'Local priorities and outcomes',
  'Are the council''s priorities clear, based on its understanding of the place, and is it achieving the outcomes it sets?'),
 ('organisational-and-place-leadership', 'cpc-2024', 2, 'Organisational and place leadership',
  'Does the council provide leadership for the organisation and, with its partners, for the place?'),
 ('governance-and-culture', 'cpc-2024', 3, 'Governance and culture',
  'Are governance and decision making sound, and is the culture open, respectful and challenging?'),
 ('financial-planning-and-management', 'cpc-2024', 4, 'Financial planning and management',
  'Is the council''s money planned and managed so that it stays sustainable over the medium term?'),
 ('capacity-for-improvement', 'cpc-2024', 5, 'Capacity for improvement',
  'Does the council have the capacity, skills and partnerships to improve and to deliver its plans?');

insert into component_mapping (from_component, to_component, relation, note) values
 ('local-context-and-priorities', 'understanding-place-and-priorities', 'EQUIVALENT', 'Renamed in 2016'),
 ('leadership-and-governance', 'organisational-leadership-and-governance', 'EQUIVALENT', 'Renamed in 2016'),
 ('leadership-and-governance', 'leadership-of-place', 'PART', 'Place leadership became its own component in 2016'),
 ('financial-and-organisational-capacity', 'financial-planning-and-viability', 'EQUIVALENT', 'The financial half; the reference mapping'),
 ('financial-and-organisational-capacity', 'capacity-to-deliver', 'PART', 'Organisational capacity became its own component in 2016'),

 ('understanding-place-and-priorities', 'local-priorities-and-outcomes', 'EQUIVALENT', 'Reworked around outcomes in 2024'),
 ('leadership-of-place', 'organisational-and-place-leadership', 'EQUIVALENT', 'Joined with organisational leadership in 2024'),
 ('organisational-leadership-and-governance', 'governance-and-culture', 'EQUIVALENT', 'Governance with culture in 2024'),
 ('organisational-leadership-and-governance', 'organisational-and-place-leadership', 'PART', 'Organisational leadership moved to the leadership theme in 2024'),
 ('financial-planning-and-viability', 'financial-planning-and-management', 'EQUIVALENT', 'Renamed in 2024'),
 ('capacity-to-deliver', 'capacity-for-improvement', 'EQUIVALENT', 'Renamed in 2024');

-- Programme rules, versioned by the date they came into force. A challenge records the version in
-- force when it was booked. Month counts are measured from the last on-site day.
create table programme_rules (
    id                            text primary key,
    title                         text     not null,
    in_force_from                 date     not null unique,
    cpc_interval_years            smallint not null check (cpc_interval_years > 0),
    report_due_months             smallint check (report_due_months > 0),
    action_plan_due_months        smallint check (action_plan_due_months > 0),
    action_plan_latest_months     smallint check (action_plan_latest_months > 0),
    progress_review_months        smallint check (progress_review_months > 0),
    progress_review_report_months smallint check (progress_review_report_months > 0),
    follow_up_earliest_months     smallint check (follow_up_earliest_months > 0),
    follow_up_latest_months       smallint check (follow_up_latest_months > 0),
    publication_required          boolean  not null,
    notes                         text     not null,
    check (action_plan_latest_months is null or action_plan_due_months is null
           or action_plan_latest_months >= action_plan_due_months),
    check (follow_up_latest_months is null or follow_up_earliest_months is null
           or follow_up_latest_months >= follow_up_earliest_months)
);

insert into programme_rules values
 ('cpc-rules-2011', 'Corporate peer challenge offer 2011', date '2011-04-01', 5,
  null, null, null, null, null, 12, 24, false,
  'A corporate peer challenge about every 4 to 5 years; a lighter-touch follow-up visit within 12 to 24 months; publication of the report encouraged, not required.'),
 ('cpc-rules-2023', 'Corporate peer challenge offer 2023', date '2023-01-01', 5,
  3, 3, 5, 10, 12, null, null, true,
  'A corporate peer challenge at least every 5 years; the report and action plan published within 3 months of the visit (the action plan at the latest within 5); a progress review about 10 months after the visit, its report published within 12 months.');
