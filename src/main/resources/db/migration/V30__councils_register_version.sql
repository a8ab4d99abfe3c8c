-- A counter bumped by every statement that writes the council register (insert, update, delete,
-- truncate), whoever runs it: every node keeps the list of all councils in memory (comparator groups
-- read it on every benchmarking page) and reads it again only when the counter has moved (decision 0019).
create table council_register_version (
    id      boolean primary key default true check (id),
    version bigint  not null
);
insert into council_register_version (id, version) values (true, 0);

create function council_register_version_bump() returns trigger language plpgsql as $$
begin
    update council_register_version set version = version + 1 where id;
    return null;
end $$;

create trigger council_register_version_bump
    after insert or update or delete or truncate on council
    for each statement execute function council_register_version_bump();
