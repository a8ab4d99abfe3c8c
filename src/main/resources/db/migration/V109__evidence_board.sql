-- The synthesis board (issue 16, item 2; decision 0065). A note's vector is valid only while it was
-- computed from the note's present text: text_md5 is md5(evidence_note.text) at the time, and
-- NoteVectors re-embeds every note whose text no longer matches (an edit needs no cooperation).
alter table evidence_note_vector add column text_md5 text not null default '';

-- A theme's most representative note (its medoid) as of the last grouping or edit, and who changed it.
alter table evidence_theme add column representative_note_id bigint references evidence_note (id) on delete set null;
alter table evidence_theme add column updated_at timestamptz not null default now();
alter table evidence_theme add column updated_by_name text;
create index evidence_theme_section_idx on evidence_theme (challenge_id, component_id, focus_area_id);
