-- evidence: cues for the component suggestion (decision 0063) on what peers say about a council's
-- vision, its story of the place and political consensus, and about engaging staff, written after
-- reading the development reports' misses (never the holdout's).
insert into evidence_component_cue (component_id, cue) values
 ('understanding-place-and-priorities', 'The council has a clear vision and a small set of ambitions shared across the political parties.'),
 ('understanding-place-and-priorities', 'A compelling story of the place should be told to residents, businesses and partners.'),
 ('understanding-place-and-priorities', 'The council understands the scale of the challenges ahead and what it must achieve.'),
 ('leadership-of-place', 'The council should shape the place with its neighbours, the wider region and national bodies.'),
 ('organisational-leadership-and-governance', 'Political stability and cross-party consensus help the council take difficult decisions.'),
 ('capacity-to-deliver', 'Staff are engaged through forums, the trade unions and regular surveys, and their ideas are used.'),
 ('capacity-to-deliver', 'Communications, media and engagement capacity need strengthening to support the change programme.');
