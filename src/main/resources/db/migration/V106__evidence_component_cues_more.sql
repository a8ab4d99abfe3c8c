-- evidence: more cues for the component suggestion (decision 0063), for the breadth of each 2016
-- component and for the 2024 components whose scope changed (governance with culture; organisational
-- leadership with place leadership), so that a 2024 model does not have to borrow every cue through
-- the mapping. Written from the framework's published guidance, like V105's.
insert into evidence_component_cue (component_id, cue) values
 ('understanding-place-and-priorities', 'The council has a good grasp of the challenges facing its communities, such as poverty, health inequalities and an ageing population.'),
 ('understanding-place-and-priorities', 'The joint strategic needs assessment and ward profiles inform the council''s plans.'),
 ('understanding-place-and-priorities', 'The council''s ambitions for growth are not yet matched by a clear set of measurable outcomes.'),
 ('understanding-place-and-priorities', 'Equalities and the needs of different communities are reflected in the council''s priorities.'),
 ('understanding-place-and-priorities', 'The golden thread from the corporate plan to service plans and individual objectives is not yet clear.'),

 ('leadership-of-place', 'The council has a good reputation with businesses, developers and investors in the area.'),
 ('leadership-of-place', 'Joint working with the clinical commissioning group on health and social care integration is progressing.'),
 ('leadership-of-place', 'The voluntary and community sector wants a more equal partnership with the council.'),
 ('leadership-of-place', 'The council is influential in the region and in its sub-regional partnerships.'),
 ('leadership-of-place', 'Community safety, town centres and transport infrastructure need partners to work together.'),

 ('organisational-leadership-and-governance', 'Political leadership is stable and there is cross-party support for the council''s direction.'),
 ('organisational-leadership-and-governance', 'The corporate management team needs to work more corporately rather than in departmental silos.'),
 ('organisational-leadership-and-governance', 'Reports to committees should be clearer so that members can make informed decisions.'),
 ('organisational-leadership-and-governance', 'The roles of portfolio holders and directors should be clarified.'),
 ('organisational-leadership-and-governance', 'Senior leaders are visible and communicate well with staff across the organisation.'),

 ('financial-planning-and-viability', 'The council has a balanced budget for next year but a significant funding gap in later years.'),
 ('financial-planning-and-viability', 'Savings plans need to be more robust and based on realistic assumptions.'),
 ('financial-planning-and-viability', 'Business rates, fees and charges and the housing revenue account are important sources of income.'),
 ('financial-planning-and-viability', 'The section 151 officer and the finance team are well regarded.'),
 ('financial-planning-and-viability', 'Demand pressures in adult social care are the largest risk to the budget.'),

 ('capacity-to-deliver', 'Too many initiatives are running at once and the organisation risks change fatigue.'),
 ('capacity-to-deliver', 'Sickness absence, vacancies and reliance on interim staff reduce the council''s capacity.'),
 ('capacity-to-deliver', 'Leadership development and succession planning will build capacity for the future.'),
 ('capacity-to-deliver', 'The council has done well to deliver so much with a smaller workforce.'),
 ('capacity-to-deliver', 'Customer services, channel shift and the use of technology are changing how services are delivered.'),

 ('local-priorities-and-outcomes', 'The council plan sets clear priorities based on a good understanding of the place and its residents.'),
 ('local-priorities-and-outcomes', 'The council tracks the outcomes it is achieving for residents and reports them openly.'),
 ('local-priorities-and-outcomes', 'Data and insight about local needs drive the choice of priorities.'),
 ('local-priorities-and-outcomes', 'Performance against the council''s priorities is improving in most areas.'),

 ('organisational-and-place-leadership', 'The leader and the chief executive are respected by partners and lead the organisation well.'),
 ('organisational-and-place-leadership', 'The council leads the place with its partners in health, business and the voluntary sector.'),
 ('organisational-and-place-leadership', 'Senior leaders set a clear direction for the organisation and the area.'),
 ('organisational-and-place-leadership', 'Partners describe the council as a trusted convenor for the area.'),

 ('governance-and-culture', 'Decision making is sound, transparent and supported by effective scrutiny and audit.'),
 ('governance-and-culture', 'The culture of the council is open, respectful and welcomes challenge.'),
 ('governance-and-culture', 'Member and officer relationships are positive and roles are well understood.'),
 ('governance-and-culture', 'Behaviours, values and the way staff are treated reflect a healthy organisational culture.'),

 ('financial-planning-and-management', 'The medium term financial plan is realistic and the council''s finances are sustainable.'),
 ('financial-planning-and-management', 'Budget monitoring is robust and overspends are identified early.'),
 ('financial-planning-and-management', 'Reserves are at a prudent level and savings are delivered as planned.'),
 ('financial-planning-and-management', 'Financial risks from demand for social care and temporary accommodation are well understood.'),

 ('capacity-for-improvement', 'The council has the capacity, skills and workforce to deliver its plans and improve.'),
 ('capacity-for-improvement', 'Transformation, digital and programme management capacity support improvement.'),
 ('capacity-for-improvement', 'Recruitment and retention difficulties limit the council''s capacity to improve.'),
 ('capacity-for-improvement', 'The council learns from others and uses peer support and external challenge to improve.');
