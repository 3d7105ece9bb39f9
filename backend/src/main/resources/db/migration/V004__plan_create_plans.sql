-- The regional catalogue of policy areas; each plan selects its own.
create table policy_areas (
    id          uuid primary key,
    code        text not null unique check (code ~ '^[A-Z][A-Z0-9_]{1,59}$'),
    name        text not null check (length(name) between 1 and 200),
    description text check (length(description) <= 2000),
    position    integer not null default 0
);

-- Piani di Zona: one per ambito and three-year period.
create table plans (
    id          uuid primary key,
    district_id uuid not null references districts (id),
    title       text not null check (length(title) between 1 and 200),
    description text check (length(description) <= 10000),
    start_year  integer not null check (start_year between 2000 and 2100),
    end_year    integer not null check (end_year between 2000 and 2100),
    status      text not null check (status in ('DRAFT', 'CONSULTATION', 'APPROVED', 'MONITORING', 'CLOSED')),
    version     bigint not null default 0,
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now(),
    check (end_year >= start_year),
    unique (district_id, start_year, end_year)
);
create index plans_district_id_idx on plans (district_id);
create index plans_status_idx on plans (status);

create table plan_policy_areas (
    plan_id        uuid not null references plans (id) on delete cascade,
    policy_area_id uuid not null references policy_areas (id),
    primary key (plan_id, policy_area_id)
);
create index plan_policy_areas_policy_area_id_idx on plan_policy_areas (policy_area_id);

-- The timeline of a plan: dated phases (a milestone has no end date).
create table plan_phases (
    id          uuid primary key,
    plan_id     uuid not null references plans (id) on delete cascade,
    district_id uuid not null references districts (id),
    kind        text not null check (kind in ('DRAFTING', 'CALL_FOR_INTEREST', 'NEEDS_SURVEY', 'OPEN_EVENT',
                    'TABLE_WORK', 'SOCIALISATION', 'APPROVAL', 'AGREEMENT', 'CO_DESIGN', 'MONITORING', 'OTHER')),
    name        text not null check (length(name) between 1 and 200),
    description text check (length(description) <= 2000),
    start_date  date not null,
    end_date    date,
    version     bigint not null default 0,
    check (end_date is null or end_date >= start_date)
);
create index plan_phases_plan_id_idx on plan_phases (plan_id, start_date);
create index plan_phases_district_id_idx on plan_phases (district_id);
