-- The identity module's published view (decision 0020): the names and roles of user accounts, for
-- other modules that show who manages or advises something. No e-mail address, password or council.
create view identity_user_name_v as
select id, display_name, role, enabled
from user_account;

comment on view identity_user_name_v is
    'Published API of the identity module: an account''s id, display name, role and whether it is enabled.';
