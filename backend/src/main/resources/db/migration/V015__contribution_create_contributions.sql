-- Istanze: contributions an organisation (ETS, comune, ASST) brings to a plan, optionally for one of its
-- tables, sessions and policy areas, answered by the plan office. Answered ones are public: they are what
-- the plan's objectives cite, by the per-plan number given at submission (never reused).
create table contributions (
    id              uuid primary key,
    plan_id         uuid not null references plans (id),
    district_id     uuid not null references districts (id),
    organization_id uuid not null references organizations (id),
    table_id        uuid references thematic_tables (id),
    session_id      uuid references sessions (id),
    title           text not null check (length(title) between 1 and 200),
    text            text not null check (length(text) between 1 and 10000),
    status          text not null check (status in ('DRAFT', 'SUBMITTED', 'ANSWERED', 'WITHDRAWN')),
    number          integer check (number >= 1),
    submitted_at    timestamptz,
    withdrawn_at    timestamptz,
    outcome         text check (outcome in ('ACCEPTED', 'TAKEN_INTO_ACCOUNT', 'NOT_PERTINENT')),
    reasoning       text check (length(reasoning) between 1 and 4000),
    answered_at     timestamptz,
    version         bigint not null default 0,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    unique (plan_id, number),
    check ((number is null) = (submitted_at is null)),
    check (status in ('DRAFT', 'WITHDRAWN') or submitted_at is not null),
    check (status <> 'DRAFT' or submitted_at is null),
    check ((status = 'ANSWERED') = (answered_at is not null)),
    check ((status = 'ANSWERED') = (outcome is not null)),
    check ((status = 'ANSWERED') = (reasoning is not null)),
    check ((status = 'WITHDRAWN') = (withdrawn_at is not null))
);
create index contributions_plan_id_status_idx on contributions (plan_id, status);
create index contributions_district_id_idx on contributions (district_id);
create index contributions_organization_id_idx on contributions (organization_id);
create index contributions_table_id_idx on contributions (table_id);
create index contributions_session_id_idx on contributions (session_id);

create table contribution_policy_areas (
    contribution_id uuid not null references contributions (id) on delete cascade,
    policy_area_id  uuid not null references policy_areas (id),
    primary key (contribution_id, policy_area_id)
);
create index contribution_policy_areas_policy_area_id_idx on contribution_policy_areas (policy_area_id);

-- The last number given to a plan's contributions: one row per plan, bumped by an upsert that locks the
-- row, so concurrent submissions get distinct numbers and a withdrawn number is never given again.
create table contribution_counters (
    plan_id     uuid primary key references plans (id),
    last_number integer not null check (last_number >= 1)
);

-- The annexes of a contribution, as call_attachments: checked by content, kept with their digest.
create table contribution_attachments (
    id              uuid primary key,
    contribution_id uuid not null references contributions (id) on delete cascade,
    district_id     uuid not null references districts (id),
    filename        text not null check (length(filename) between 1 and 200 and filename !~ '[/\\[:cntrl:]]'),
    media_type      text not null check (media_type in ('application/pdf', 'application/vnd.oasis.opendocument.text',
                        'application/vnd.openxmlformats-officedocument.wordprocessingml.document')),
    size_bytes      bigint not null check (size_bytes between 1 and 10485760),
    sha256          text not null check (sha256 ~ '^[0-9a-f]{64}$'),
    content         bytea not null,
    uploaded_at     timestamptz not null default now(),
    check (octet_length(content) = size_bytes)
);
create index contribution_attachments_contribution_id_idx on contribution_attachments (contribution_id, uploaded_at);
create index contribution_attachments_district_id_idx on contribution_attachments (district_id);
