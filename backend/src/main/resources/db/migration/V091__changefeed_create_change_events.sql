-- The change feed (GET /api/v1/events): one row per change an integrator may want to know about,
-- written in the same transaction as the change, so none is lost and none is invented.
--
-- A bigserial id is taken at insert, not at commit: a reader could see id 12 commit before id 11,
-- move its cursor past 11 and never see it. So every row also keeps the id of the transaction that
-- wrote it (pg_current_xact_id(), 64 bits, never wraps), the feed is ordered by (tx_id, id), and a
-- reader is only served rows whose transaction is older than the oldest transaction still running
-- (pg_snapshot_xmin(pg_current_snapshot())): every such transaction has ended, so no row can appear
-- later before a position already served.
create table change_events (
    id            bigserial primary key,
    tx_id         xid8        not null default pg_current_xact_id(),
    occurred_at   timestamptz not null default now(),
    type          text        not null check (length(type) <= 60),
    resource_type text        not null check (length(resource_type) <= 60),
    resource_id   uuid        not null,
    -- the resource's version after the change; null for resources without one
    version       bigint,
    link          text        not null check (length(link) <= 300),
    district_id   uuid        not null,
    plan_id       uuid,
    -- who may read it: PUBLIC (everyone), DISTRICT (those who read the ambito's drafts: its plan
    -- office, health authority and comuni), OFFICE (the ambito's plan office only)
    audience      text        not null check (audience in ('PUBLIC', 'DISTRICT', 'OFFICE'))
);

-- The feed's read: after a (tx_id, id) position, in that order.
create index change_events_position_idx on change_events (tx_id, id);
-- The retention purge.
create index change_events_occurred_idx on change_events (occurred_at);
