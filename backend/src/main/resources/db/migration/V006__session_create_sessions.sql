-- Incontri: plenaries of a plan and meetings of one table. Times are instants, shown in Europe/Rome.
create table sessions (
    id          uuid primary key,
    plan_id     uuid not null references plans (id),
    district_id uuid not null references districts (id),
    table_id    uuid references thematic_tables (id),
    kind        text not null check (kind in ('PLENARY', 'TABLE')),
    title       text not null check (length(title) between 1 and 200),
    starts_at   timestamptz not null,
    ends_at     timestamptz not null,
    mode        text not null check (mode in ('IN_PERSON', 'ONLINE', 'HYBRID')),
    place       text check (length(place) <= 300),
    online_url  text check (length(online_url) <= 2000),
    agenda      jsonb not null default '[]'::jsonb,
    capacity    integer check (capacity between 1 and 100000),
    status      text not null check (status in ('SCHEDULED', 'HELD', 'CANCELLED')),
    version     bigint not null default 0,
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now(),
    check (ends_at > starts_at),
    check ((kind = 'TABLE') = (table_id is not null))
);
create index sessions_plan_id_starts_at_idx on sessions (plan_id, starts_at);
create index sessions_table_id_idx on sessions (table_id);
create index sessions_district_id_idx on sessions (district_id);
