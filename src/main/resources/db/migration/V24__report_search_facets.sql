-- knowledge: the search filters inside the full-text index (decision 0013). Each paragraph and
-- finding carries its filter values as lexemes of a second tsvector ("facets": y2016, tdistrict,
-- rlondon, krecommendation, cfinancial-planning-and-viability), and one GIN index covers the text and
-- the facets together, so that a search with filters intersects the posting lists in the index
-- instead of fetching every row that has the words. Facets are filled by triggers from the report
-- and the council register, so the importer does not change.

-- A report's own facets (year, council type, region), computed once when the report is stored;
-- its paragraphs copy them and its findings add their kind and component. Reports are never
-- updated in place (an update of a report deletes it and stores it again), so copies stay right.
alter table report add column facets tsvector;
alter table report_finding add column facets tsvector;
alter table report_paragraph add column facets tsvector;

create function report_base_facets() returns trigger
    language plpgsql as $$
begin
    new.facets := array_to_tsvector(array_remove(array[
        'y' || new.year,
        (select 't' || lower(c.council_type) from council c where c.gss_code = new.council_gss),
        (select 'r' || lower(c.region) from council c where c.gss_code = new.council_gss)], null));
    return new;
end;
$$;

create function report_finding_facets() returns trigger
    language plpgsql as $$
begin
    new.facets := coalesce((select r.facets from report r where r.id = new.report_id), ''::tsvector)
        || array_to_tsvector(array_remove(array[
               'k' || lower(new.kind),
               case when new.kind = 'KEY_RECOMMENDATION' then 'krecommendation' end,
               'c' || new.component_id], null));
    return new;
end;
$$;

create function report_paragraph_facets() returns trigger
    language plpgsql as $$
begin
    new.facets := coalesce((select r.facets from report r where r.id = new.report_id), ''::tsvector);
    return new;
end;
$$;

create trigger report_base_facets before insert or update of year, council_gss
    on report for each row execute function report_base_facets();
create trigger report_finding_facets before insert or update of kind, component_id
    on report_finding for each row execute function report_finding_facets();
create trigger report_paragraph_facets before insert or update of report_id
    on report_paragraph for each row execute function report_paragraph_facets();

-- Rows stored before this migration: fire the triggers.
update report set year = year;
update report_finding set kind = kind;
update report_paragraph set report_id = report_id;

alter table report alter column facets set not null;
alter table report_finding alter column facets set not null;
alter table report_paragraph alter column facets set not null;

drop index report_finding_search_idx;
drop index report_paragraph_search_idx;
create index report_finding_search_idx on report_finding using gin (search, facets);
create index report_paragraph_search_idx on report_paragraph using gin (search, facets);
