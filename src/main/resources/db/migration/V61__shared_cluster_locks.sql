-- shared: one row per scheduled job that must run once across the cluster (ShedLock), holding who runs it
-- and until when. See shared.cluster.ClusterLock and decision 0034.
create table shedlock (
    name       varchar(64)  primary key,
    lock_until timestamptz  not null,
    locked_at  timestamptz  not null,
    locked_by  varchar(255) not null
);
