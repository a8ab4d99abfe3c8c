-- The metric definitions bump the same counter as the values (V27): every node keeps the metric
-- catalogue in memory and reads it again only when the counter has moved, whoever changed it.
create trigger metric_version_bump
    after insert or update or delete or truncate on metric
    for each statement execute function metric_store_version_bump();
