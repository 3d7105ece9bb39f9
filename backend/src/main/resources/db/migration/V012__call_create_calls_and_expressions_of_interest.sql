-- Calls for expressions of interest (inviti al Terzo settore) of a plan and the tables each opens to
-- membership. The deadline is an instant, shown in Europe/Rome; open or closed is derived from it.
create table calls (
    id          uuid primary key,
    plan_id     uuid not null references plans (id),
    district_id uuid not null references districts (id),
    title       text not null check (length(title) between 1 and 200),
    text        text not null check (length(text) between 1 and 20000),
    deadline    timestamptz not null,
    version     bigint not null default 0,
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now()
);
create index calls_plan_id_deadline_idx on calls (plan_id, deadline);
create index calls_district_id_idx on calls (district_id);

create table call_tables (
    call_id  uuid not null references calls (id) on delete cascade,
    table_id uuid not null references thematic_tables (id),
    primary key (call_id, table_id)
);
create index call_tables_table_id_idx on call_tables (table_id);

-- The call's documents (the invito, annex A), kept in the database with their digest. The media type is
-- checked against the content on upload; the size limit equals quarkus.http.limits.max-body-size.
create table call_attachments (
    id          uuid primary key,
    call_id     uuid not null references calls (id) on delete cascade,
    district_id uuid not null references districts (id),
    filename    text not null check (length(filename) between 1 and 200 and filename !~ '[/\\[:cntrl:]]'),
    media_type  text not null check (media_type in ('application/pdf', 'application/vnd.oasis.opendocument.text',
                    'application/vnd.openxmlformats-officedocument.wordprocessingml.document')),
    size_bytes  bigint not null check (size_bytes between 1 and 10485760),
    sha256      text not null check (sha256 ~ '^[0-9a-f]{64}$'),
    content     bytea not null,
    uploaded_at timestamptz not null default now(),
    check (octet_length(content) = size_bytes)
);
create index call_attachments_call_id_idx on call_attachments (call_id, uploaded_at);
create index call_attachments_district_id_idx on call_attachments (district_id);

-- Manifestazioni d'interesse: one per organisation and call, whichever delegate fills it. A submission
-- after the deadline is kept and flagged late; a late one is never admitted as a full member.
create table expressions_of_interest (
    id               uuid primary key,
    call_id          uuid not null references calls (id),
    organization_id  uuid not null references organizations (id),
    district_id      uuid not null references districts (id),
    status           text not null check (status in ('DRAFT', 'SUBMITTED', 'ADMITTED', 'ADMITTED_CONSULTATIVE',
                         'REJECTED', 'WITHDRAWN')),
    late             boolean not null default false,
    runts_registered boolean not null,
    runts_number     text check (length(runts_number) <= 40),
    note             text check (length(note) <= 4000),
    submitted_at     timestamptz,
    decided_at       timestamptz,
    decision_reason  text check (length(decision_reason) <= 2000),
    withdrawn_at     timestamptz,
    version          bigint not null default 0,
    created_at       timestamptz not null default now(),
    updated_at       timestamptz not null default now(),
    unique (call_id, organization_id),
    check (status in ('DRAFT', 'WITHDRAWN') or submitted_at is not null),
    check ((status in ('ADMITTED', 'ADMITTED_CONSULTATIVE', 'REJECTED')) = (decided_at is not null)),
    check ((status = 'WITHDRAWN') = (withdrawn_at is not null)),
    check (status <> 'REJECTED' or decision_reason is not null),
    check (not late or submitted_at is not null),
    check (not (late and status = 'ADMITTED')),
    check (runts_registered or runts_number is null)
);
create index expressions_of_interest_organization_id_idx on expressions_of_interest (organization_id);
create index expressions_of_interest_district_id_idx on expressions_of_interest (district_id);

-- The tables an expression of interest asks to join, each with the titular delegate and an optional
-- substitute (participants of the organisation).
create table expression_of_interest_tables (
    expression_of_interest_id uuid not null references expressions_of_interest (id) on delete cascade,
    table_id                  uuid not null references thematic_tables (id),
    titular_participant_id    uuid not null references participants (id),
    substitute_participant_id uuid references participants (id),
    primary key (expression_of_interest_id, table_id),
    check (substitute_participant_id is null or substitute_participant_id <> titular_participant_id)
);
create index expression_of_interest_tables_table_id_idx on expression_of_interest_tables (table_id);
create index expression_of_interest_tables_titular_idx on expression_of_interest_tables (titular_participant_id);
create index expression_of_interest_tables_substitute_idx on expression_of_interest_tables (substitute_participant_id);

-- Members of a table: admitted organisations, full or consultative, with their delegates. Admission of an
-- expression of interest creates them; a later decision never removes them.
create table table_memberships (
    id                        uuid primary key,
    table_id                  uuid not null references thematic_tables (id),
    district_id               uuid not null references districts (id),
    organization_id           uuid not null references organizations (id),
    status                    text not null check (status in ('FULL', 'CONSULTATIVE')),
    titular_participant_id    uuid not null references participants (id),
    substitute_participant_id uuid references participants (id),
    expression_of_interest_id uuid references expressions_of_interest (id),
    admitted_at               timestamptz not null default now(),
    updated_at                timestamptz not null default now(),
    unique (table_id, organization_id),
    check (substitute_participant_id is null or substitute_participant_id <> titular_participant_id)
);
create index table_memberships_organization_id_idx on table_memberships (organization_id);
create index table_memberships_district_id_idx on table_memberships (district_id);
create index table_memberships_titular_idx on table_memberships (titular_participant_id);
create index table_memberships_substitute_idx on table_memberships (substitute_participant_id);
create index table_memberships_expression_of_interest_id_idx on table_memberships (expression_of_interest_id);
