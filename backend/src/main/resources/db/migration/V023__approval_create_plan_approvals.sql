-- The approval of a plan by the Assemblea dei Sindaci: one per plan, with the vote of every comune of the
-- ambito. Population is copied at the time of the vote, so that the weighted totals stay as they were
-- announced even when the reference data are updated.
create table plan_approvals (
    id                  uuid primary key,
    plan_id             uuid not null unique references plans (id),
    district_id         uuid not null references districts (id),
    assembly_date       date not null,
    deliberation        text not null check (length(deliberation) between 1 and 200),
    document_version    integer check (document_version >= 1),
    notes               text check (length(notes) <= 4000),
    total_population    bigint not null check (total_population >= 0),
    created_at          timestamptz not null default now()
);
create index plan_approvals_district_id_idx on plan_approvals (district_id);

create table plan_approval_votes (
    approval_id       uuid not null references plan_approvals (id) on delete cascade,
    istat_code        text not null check (istat_code ~ '^[0-9]{6}$'),
    municipality_name text not null,
    population        integer not null check (population >= 0),
    vote              text not null check (vote in ('IN_FAVOUR', 'AGAINST', 'ABSTAINED', 'ABSENT')),
    primary key (approval_id, istat_code)
);
