-- People who take part in sessions, always for an organisation, and their registrations.
create table participants (
    id              uuid primary key,
    organization_id uuid not null references organizations (id),
    full_name       text not null check (length(full_name) between 1 and 200),
    organization_role text check (length(organization_role) <= 200),
    email           text not null check (length(email) <= 254),
    version         bigint not null default 0,
    created_at      timestamptz not null default now(),
    unique (organization_id, email)
);
create index participants_organization_id_idx on participants (organization_id);

-- Capacity, waitlist and attendance arrive with the participation workflow; status leaves room for them.
create table registrations (
    id              uuid primary key,
    session_id      uuid not null references sessions (id),
    participant_id  uuid not null references participants (id),
    organization_id uuid not null references organizations (id),
    district_id     uuid not null references districts (id),
    status          text not null check (status in ('REGISTERED', 'CANCELLED')),
    registered_at   timestamptz not null default now(),
    cancelled_at    timestamptz,
    unique (session_id, participant_id)
);
create index registrations_session_id_idx on registrations (session_id);
create index registrations_participant_id_idx on registrations (participant_id);
create index registrations_organization_id_idx on registrations (organization_id);
create index registrations_district_id_idx on registrations (district_id);
