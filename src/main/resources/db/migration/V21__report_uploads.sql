-- knowledge: files uploaded for import, one row each (a ZIP's entries one row each), kept until
-- they are saved, skipped or refused; their bytes are dropped then. A batch is one upload.

create table report_upload (
    id             bigint generated always as identity primary key,
    batch_id       uuid        not null,
    position       integer     not null,
    file_name      text        not null check (length(file_name) between 1 and 300),
    content        bytea       not null,
    mode           text        not null check (mode in ('REVIEW', 'BULK_SKIP', 'BULK_UPDATE')),
    status         text        not null check (status in
                       ('WAITING', 'TO_REVIEW', 'DUPLICATE', 'IMPORTED', 'UPDATED', 'SKIPPED', 'REFUSED', 'UNREADABLE')),
    message        text,
    challenge_id   bigint references challenge (id),
    report_id      bigint references report (id) on delete set null,
    uploaded_by    bigint,
    uploaded_name  text,
    uploaded_at    timestamptz not null default now(),
    finished_at    timestamptz,
    unique (batch_id, position)
);
create index report_upload_status_idx on report_upload (status) where status = 'WAITING';
