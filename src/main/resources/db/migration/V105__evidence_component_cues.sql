-- evidence: cues for the component suggestion (issue 16, decision 0063). A component's headline and
-- question are one sentence; what peers write about it is far more varied. A cue is a short sentence of
-- the kind a note or finding about the component says, written from the framework's published
-- guidance on what each core component covers (not from any report that is scored). Cues are labels
-- like any other: a cue of one framework version counts for the components of another through the
-- mapping between versions. Editable data, not code: the programme team may add cues as the framework
-- is revised.
create table evidence_component_cue (
    id            bigint generated always as identity primary key,
    component_id  text not null,
    cue           text not null check (length(btrim(cue)) between 1 and 500),
    unique (component_id, cue)
);

insert into evidence_component_cue (component_id, cue) values
 ('understanding-place-and-priorities', 'The council uses data, intelligence and evidence about its residents and communities to understand the needs of the area.'),
 ('understanding-place-and-priorities', 'There is a clear vision for the borough and a corporate plan that sets out the council''s priorities.'),
 ('understanding-place-and-priorities', 'Priorities are few enough to be resourced, and everyone in the organisation knows what they are.'),
 ('understanding-place-and-priorities', 'Residents are consulted and engaged, and their views shape the council''s priorities and plans.'),
 ('understanding-place-and-priorities', 'Performance management and the outcomes the council measures are aligned with its stated priorities.'),
 ('understanding-place-and-priorities', 'The demographic profile, deprivation and changing population of the area are well understood.'),
 ('understanding-place-and-priorities', 'The council knows how the area compares with similar places and what its residents experience.'),
 ('understanding-place-and-priorities', 'Strategies and plans are joined up and reflect a shared understanding of local needs.'),

 ('leadership-of-place', 'The council works well with partners such as health, the police, the voluntary sector and businesses.'),
 ('leadership-of-place', 'Partners see the council as a strong leader of the place and an advocate for the area.'),
 ('leadership-of-place', 'The council shapes the place by bringing public services, businesses and communities behind one ambition.'),
 ('leadership-of-place', 'Regeneration, economic growth and housing development are shaping the future of the area.'),
 ('leadership-of-place', 'Councillors play an active role as community leaders in their wards.'),
 ('leadership-of-place', 'The health and wellbeing board and other partnerships bring organisations together around shared goals.'),
 ('leadership-of-place', 'Relationships with the local enterprise partnership, neighbouring councils and the combined authority are developing.'),
 ('leadership-of-place', 'Communities, residents and local groups are empowered to do more for their neighbourhoods.'),

 ('organisational-leadership-and-governance', 'The leader and the chief executive provide strong, visible political and managerial leadership.'),
 ('organisational-leadership-and-governance', 'Relationships between members and officers are good, with mutual respect and clear roles.'),
 ('organisational-leadership-and-governance', 'Scrutiny should be strengthened so that it adds value and holds the executive to account.'),
 ('organisational-leadership-and-governance', 'Decision making is transparent and the council''s governance arrangements are sound.'),
 ('organisational-leadership-and-governance', 'Risk management, internal audit and the constitution need review.'),
 ('organisational-leadership-and-governance', 'The cabinet and the senior management team work well together and share a common agenda.'),
 ('organisational-leadership-and-governance', 'Member development and training should help councillors carry out their roles.'),
 ('organisational-leadership-and-governance', 'The culture of the organisation is open and staff feel able to challenge and be heard.'),

 ('financial-planning-and-viability', 'The medium term financial strategy sets out how the council will close its budget gap.'),
 ('financial-planning-and-viability', 'The council has a track record of delivering savings and balancing its budget.'),
 ('financial-planning-and-viability', 'Reserves are being used to balance the budget, which is not sustainable.'),
 ('financial-planning-and-viability', 'Income generation, commercial investment and council tax decisions will be needed to remain financially viable.'),
 ('financial-planning-and-viability', 'Overspending in social care and children''s services puts pressure on the council''s finances.'),
 ('financial-planning-and-viability', 'Financial management, budget monitoring and reporting to members need to improve.'),
 ('financial-planning-and-viability', 'The capital programme and borrowing are affordable and linked to priorities.'),
 ('financial-planning-and-viability', 'Reductions in government grant mean the council must find further efficiencies.'),

 ('capacity-to-deliver', 'Staff are committed and motivated, but capacity is stretched across too many projects.'),
 ('capacity-to-deliver', 'The council should invest in its workforce, skills, recruitment and retention.'),
 ('capacity-to-deliver', 'The transformation programme needs strong programme management and clear milestones.'),
 ('capacity-to-deliver', 'Digital services, ICT systems and new ways of working would free up capacity.'),
 ('capacity-to-deliver', 'Organisational development, workforce planning and a new operating model are needed to deliver change.'),
 ('capacity-to-deliver', 'Commissioning, shared services and partners can add to the council''s capacity to deliver.'),
 ('capacity-to-deliver', 'Managers need the skills and support to lead change in their services.'),
 ('capacity-to-deliver', 'The organisation''s capacity should be aligned with its priorities and focused on delivery.');
