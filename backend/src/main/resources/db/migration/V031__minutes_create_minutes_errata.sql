-- Approved minutes never change: a correction is a numbered erratum, drafted and approved in its turn,
-- and shown with the original.
create table session_minutes_errata (
    id          uuid primary key,
    session_id  uuid not null references session_minutes (session_id),
    district_id uuid not null references districts (id),
    number      integer not null check (number >= 1),
    body        text not null check (length(body) <= 100000),
    status      text not null check (status in ('DRAFT', 'APPROVED')),
    version     bigint not null default 0,
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now(),
    approved_at timestamptz,
    unique (session_id, number)
);
create index session_minutes_errata_district_id_idx on session_minutes_errata (district_id);
