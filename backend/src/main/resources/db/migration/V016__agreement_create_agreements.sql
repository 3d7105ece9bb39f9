-- Accordo di programma: one per plan, signed by public bodies (comuni, ASST, ATS, the lead body);
-- Third Sector organisations that took part in the plan adhere to it on request.
create table agreements (
    id                     uuid primary key,
    plan_id                uuid not null unique references plans (id),
    district_id            uuid not null references districts (id),
    title                  text not null check (length(title) between 1 and 200),
    deliberation_reference text check (length(deliberation_reference) <= 200),
    summary                text check (length(summary) <= 20000),
    signed_on              date,
    valid_from             date,
    valid_to               date,
    status                 text not null check (status in ('DRAFT', 'SIGNED')),
    signed_at              timestamptz,
    version                bigint not null default 0,
    created_at             timestamptz not null default now(),
    updated_at             timestamptz not null default now(),
    check (valid_to is null or valid_from is null or valid_to >= valid_from)
);
create index agreements_district_id_idx on agreements (district_id);

-- The signatories, in the order the plan office lists them: an organisation that is a public body, or a
-- comune of the ambito by its ISTAT code (the 48 comuni of an ambito are reference data, not organisations).
create table agreement_signatories (
    agreement_id           uuid not null references agreements (id) on delete cascade,
    position               integer not null check (position >= 0),
    organization_id        uuid references organizations (id),
    municipality_istat_code text references municipalities (istat_code),
    signed_on              date,
    signatory_name         text check (length(signatory_name) <= 200),
    signatory_role         text check (length(signatory_role) <= 200),
    primary key (agreement_id, position),
    check ((organization_id is null) <> (municipality_istat_code is null))
);
create index agreement_signatories_organization_id_idx on agreement_signatories (organization_id);
create index agreement_signatories_municipality_istat_code_idx on agreement_signatories (municipality_istat_code);

-- Requests of adhesion (adesione) of organisations to the agreement, decided by the plan office.
create table agreement_adhesions (
    id              uuid primary key,
    agreement_id    uuid not null references agreements (id),
    plan_id         uuid not null references plans (id),
    district_id     uuid not null references districts (id),
    organization_id uuid not null references organizations (id),
    status          text not null check (status in ('REQUESTED', 'ACCEPTED', 'REJECTED', 'WITHDRAWN')),
    note            text check (length(note) <= 2000),
    requested_at    timestamptz not null,
    decided_at      timestamptz,
    decision_reason text check (length(decision_reason) <= 2000),
    withdrawn_at    timestamptz,
    version         bigint not null default 0,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    check ((status = 'REJECTED') = (decision_reason is not null) or status = 'ACCEPTED')
);
-- One request per organisation and agreement; a withdrawn one makes room for a new request.
create unique index agreement_adhesions_one_per_organization_idx
    on agreement_adhesions (agreement_id, organization_id) where status <> 'WITHDRAWN';
create index agreement_adhesions_agreement_id_status_idx on agreement_adhesions (agreement_id, status);
create index agreement_adhesions_plan_id_idx on agreement_adhesions (plan_id);
create index agreement_adhesions_district_id_idx on agreement_adhesions (district_id);
create index agreement_adhesions_organization_id_idx on agreement_adhesions (organization_id);
