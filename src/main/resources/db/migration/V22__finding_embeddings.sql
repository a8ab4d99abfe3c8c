-- knowledge: "Similar across the sector" (decision 0013). Each distinct finding text is embedded
-- once with all-MiniLM-L6-v2 (384 dimensions), keyed by the SHA-256 of its normalised text, and
-- stored int8-quantised with its scale. Embedding happens outside the import: a trigger queues the
-- texts that have no vector yet, and a background worker claims them (for update skip locked),
-- embeds them and stores the vectors. pgvector is not used: it is not in the embedded binaries and
-- production is any PostgreSQL 15+; the nearest-neighbour search runs in process.

-- The key of a text: lower case, runs of white space as one space, trimmed, SHA-256 of the UTF-8.
-- Declared immutable (convert_to depends only on the database encoding, which never changes) so that
-- it can feed a generated column.
create function finding_text_key(t text) returns bytea
    language sql immutable strict parallel safe
    return sha256(convert_to(lower(btrim(regexp_replace(t, '\s+', ' ', 'g'))), 'UTF8'));

alter table report_finding
    add column text_key bytea generated always as (finding_text_key(text)) stored;
create index report_finding_text_key_idx on report_finding (text_key, council_gss);

create table text_embedding (
    -- in the order stored, so that every node can load what is new since it last looked
    seq        bigint generated always as identity unique,
    text_key   bytea       primary key check (length(text_key) = 32),
    model      text        not null,
    -- int8 components: component i is vector[i] * scale; the vector had length 1 before quantising
    scale      real        not null check (scale > 0),
    vector     bytea       not null check (length(vector) = 384),
    created_at timestamptz not null default now()
);

-- Texts waiting for their vector, one row per distinct text; the worker deletes what it embeds.
create table embedding_queue (
    text_key   bytea       primary key,
    text       text        not null,
    queued_at  timestamptz not null default now()
);
create index embedding_queue_queued_idx on embedding_queue (queued_at);

create function queue_finding_embedding() returns trigger
    language plpgsql as $$
begin
    if not exists (select 1 from text_embedding e where e.text_key = new.text_key) then
        insert into embedding_queue (text_key, text) values (new.text_key, new.text)
        on conflict (text_key) do nothing;
    end if;
    return null;
end;
$$;

create trigger report_finding_queue_embedding
    after insert or update of text on report_finding
    for each row execute function queue_finding_embedding();

-- Findings imported before this migration.
insert into embedding_queue (text_key, text)
select distinct on (text_key) text_key, text from report_finding order by text_key, id
on conflict (text_key) do nothing;
