-- The minutes (verbale) of a session: a draft the plan office edits, then approved, frozen and public.
create table session_minutes (
    session_id  uuid primary key references sessions (id) on delete cascade,
    district_id uuid not null references districts (id),
    body        text not null check (length(body) <= 100000),
    status      text not null check (status in ('DRAFT', 'APPROVED')),
    version     bigint not null default 0,
    updated_at  timestamptz not null default now(),
    approved_at timestamptz
);
create index session_minutes_district_id_idx on session_minutes (district_id);
