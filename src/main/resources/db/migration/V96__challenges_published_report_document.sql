-- challenges: a historic challenge keeps its published report's original file as a document of its
-- own kind (decision 0058), so the challenge page links the file the report was imported from.
alter table challenge_document drop constraint challenge_document_kind_check;
alter table challenge_document add constraint challenge_document_kind_check
    check (kind in ('POSITION_STATEMENT', 'SUPPORTING', 'DATA_PACK', 'OTHER', 'PUBLISHED_REPORT'));
