-- The frameworks module's published view (decision 0020): each framework component's headline, for
-- other modules that label findings or questions by component.
create view frameworks_component_v as
select id, framework_id, position, headline
from framework_component;

comment on view frameworks_component_v is
    'Published API of the frameworks module: a framework component''s id, framework, position and headline.';
