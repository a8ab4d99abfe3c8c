-- knowledge: bulk imports that survive a restart and run on several nodes (decision 0011).
-- A node claims a waiting file for a short lease (claim_token, claimed_by, claimed_until) and counts
-- the attempt; it then imports the file in one transaction that holds the row lock, so other nodes
-- pass it over (select ... for update skip locked) while it works. A node that dies drops its lock,
-- and once the lease has run out another node (or the same one restarted) claims the file again. A
-- file that was claimed more than the allowed number of times without an outcome ends UNREADABLE.
-- A file refused for a reason a person can fix waits as TO_CORRECT with its bytes kept; one that a
-- person sets aside is DISMISSED. The uploader's e-mail and role are kept so that work done after a
-- restart is recorded in the audit trail as theirs.

alter table report_upload
    add column claim_token    uuid,
    add column claimed_by     text check (length(claimed_by) <= 200),
    add column claimed_until  timestamptz,
    add column attempts       integer not null default 0 check (attempts >= 0),
    add column uploaded_email text,
    add column uploaded_role  text;

alter table report_upload drop constraint report_upload_status_check;
alter table report_upload add constraint report_upload_status_check check (status in
    ('WAITING', 'TO_REVIEW', 'DUPLICATE', 'IMPORTED', 'UPDATED', 'SKIPPED', 'REFUSED', 'UNREADABLE',
     'TO_CORRECT', 'DISMISSED'));

drop index report_upload_status_idx;
create index report_upload_waiting_idx on report_upload (uploaded_at, batch_id, position) where status = 'WAITING';
