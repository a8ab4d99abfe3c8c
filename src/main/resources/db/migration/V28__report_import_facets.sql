-- knowledge: the cost of an import (issue 4). The importer now writes the facets of the paragraphs
-- and findings it inserts itself, in the same statement (the report's facets read once a statement,
-- a finding's own words from the function below), instead of a PL/pgSQL row trigger reading the
-- report row again for every row. The row triggers stay for every other writer: on insert they run
-- only when no facets were given, and on update as before. Facets stay the same values either way.

-- A finding's own facet words: its kind (key recommendations count as recommendations too) and its
-- framework component.
create function finding_facet_words(kind text, component_id text) returns tsvector
    language sql immutable parallel safe
    return array_to_tsvector(array_remove(array[
        'k' || lower(kind),
        case when kind = 'KEY_RECOMMENDATION' then 'krecommendation' end,
        'c' || component_id], null));

create or replace function report_finding_facets() returns trigger
    language plpgsql as $$
begin
    new.facets := coalesce((select r.facets from report r where r.id = new.report_id), ''::tsvector)
        || finding_facet_words(new.kind, new.component_id);
    return new;
end;
$$;

drop trigger report_finding_facets on report_finding;
create trigger report_finding_facets_on_insert before insert on report_finding
    for each row when (new.facets is null) execute function report_finding_facets();
create trigger report_finding_facets before update of kind, component_id
    on report_finding for each row execute function report_finding_facets();

drop trigger report_paragraph_facets on report_paragraph;
create trigger report_paragraph_facets_on_insert before insert on report_paragraph
    for each row when (new.facets is null) execute function report_paragraph_facets();
create trigger report_paragraph_facets before update of report_id
    on report_paragraph for each row execute function report_paragraph_facets();
