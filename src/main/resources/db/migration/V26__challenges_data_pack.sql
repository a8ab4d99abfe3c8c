-- A generated council data pack: the PDF is the challenge_document (kind DATA_PACK) it belongs to; this row keeps
-- the date its figures are as known on, the metrics whose trends it shows, and its HTML rendition for the Hub's page.
-- Regenerating adds a new pack (a new document); earlier ones stay, as the team may have read them.
create table challenge_data_pack (
    document_id   bigint primary key references challenge_document (id) on delete cascade,
    as_of         date   not null,
    trend_metrics text[] not null,
    title         text   not null,
    html          text   not null
);
