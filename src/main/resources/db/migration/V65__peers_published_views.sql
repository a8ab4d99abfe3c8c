-- The peers module's published view (decision 0020): who a peer is, for other modules that list
-- teams or match the signed-in peer by e-mail address.
create view peers_peer_v as
select id, full_name, kind, job_title, organisation, email, active
from peer;

comment on view peers_peer_v is
    'Published API of the peers module: a peer''s id, name, kind, job, organisation, e-mail address and whether active.';
