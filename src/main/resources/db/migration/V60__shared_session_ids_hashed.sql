-- shared: the session table keeps only the SHA-256 of each session id (the cookie's value), never the id
-- itself, so that reading the table (a backup, a leaked dump) gives nobody a session. Sessions open at the
-- upgrade are kept: their ids are hashed in place. See shared.security.SessionStore.
alter table spring_session alter column session_id type char(64);
update spring_session set session_id = encode(sha256(convert_to(trim(session_id), 'UTF8')), 'hex');
