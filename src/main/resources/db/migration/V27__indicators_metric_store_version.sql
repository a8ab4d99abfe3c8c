-- A counter bumped by every statement that writes the values table (insert, update, delete, copy,
-- truncate), whoever runs it: the precomputed latest-period distributions of the council profile
-- (decision 0015) are used only while the counter is the one they were built at.
create table metric_store_version (
    id      boolean primary key default true check (id),
    version bigint  not null
);
insert into metric_store_version (id, version) values (true, 0);

create function metric_store_version_bump() returns trigger language plpgsql as $$
begin
    update metric_store_version set version = version + 1 where id;
    return null;
end $$;

create trigger metric_value_version_bump
    after insert or update or delete or truncate on metric_value
    for each statement execute function metric_store_version_bump();
