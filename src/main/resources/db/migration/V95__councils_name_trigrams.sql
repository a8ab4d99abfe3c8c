-- Council search tolerates typos ("thurrok" suggests Thurrock): trigram similarity of names (pg_trgm is a
-- trusted extension, so the database owner may create it). The register is a few hundred councils, so
-- similarity is computed over all of them without an index.
create extension if not exists pg_trgm;
