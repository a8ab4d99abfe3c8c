-- knowledge: a report published through the Hub joins the back catalogue (issue 17, decision 0075). Its
-- catalogue entry (the report row with its paragraphs and findings, for search and "similar across the
-- sector") is written from the published edition in the transaction that publishes it, and replaced on
-- each correction; published_address is the Hub's public page of that report, the entry's source. Imported
-- reports have none.
alter table report add column published_address text
    check (published_address is null
           or (published_address ~ '^/published-reports/[a-z0-9]+(-[a-z0-9]+)*$' and length(published_address) <= 220));
