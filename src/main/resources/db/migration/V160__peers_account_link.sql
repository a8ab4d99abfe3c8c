-- peers: the explicit link between a pool entry and the sign-in account of the peer it describes (issue 13,
-- item 9). Set by the programme team or a manager on the peer's page and shown there; a peer signed in with
-- a linked account looks after their own unavailable dates, expertise and declared interests. One account
-- describes at most one pool entry. Nothing is matched silently by e-mail address.
alter table peer add column account_id bigint unique references user_account (id);
alter table peer add column account_linked_at timestamptz;
alter table peer add column account_linked_by text;
alter table peer add constraint peer_account_link_complete
    check ((account_id is null) = (account_linked_at is null) and (account_id is null) = (account_linked_by is null));
