-- The indicators module's published views (decision 0020), for the early warning of the risk module
-- (decision 0080): what other modules may read of the metric store in SQL. Each is a projection
-- PostgreSQL inlines into the reading query, so a reader filtering by area, metric and publication date
-- walks the primary key of metric_value as the module's own queries do.

-- Every value of every metric with the date it became known: a reader asks "as known on D" by keeping,
-- per area, metric and period, the row with the latest `published` on or before D.
create view indicators_metric_value_v as
select v.area, m.id as metric_id, v.period_end, v.published, v.value
from metric_value v
join metric m on m.num = v.metric_num;

comment on view indicators_metric_value_v is
    'Published API of the indicators module: metric values per area and period with their publication date.';

-- Ofsted inspections of children's services, counting from their publication date.
create view indicators_childrens_services_inspection_v as
select area, published, overall, report_url
from childrens_services_inspection;

comment on view indicators_childrens_services_inspection_v is
    'Published API of the indicators module: Ofsted children''s services inspections with publication date and overall judgement.';

-- Each current council's nearest neighbours as last computed (decision 0015), closest first.
create view indicators_nearest_neighbour_v as
select area, rank, neighbour
from nearest_neighbour;

comment on view indicators_nearest_neighbour_v is
    'Published API of the indicators module: each council''s 15 nearest neighbours, rank 1 closest.';
