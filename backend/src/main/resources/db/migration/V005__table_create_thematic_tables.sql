-- Tavoli tematici: each works on some of its plan's policy areas (the table x policy-area matrix).
create table thematic_tables (
    id             uuid primary key,
    plan_id        uuid not null references plans (id),
    district_id    uuid not null references districts (id),
    name           text not null check (length(name) between 1 and 200),
    description    text check (length(description) <= 4000),
    target_group   text not null check (target_group in ('ELDERLY_AND_DISABLED', 'CHILDREN_YOUTH_AND_FAMILIES',
                       'ADULTS_AND_VULNERABILITY', 'WHOLE_POPULATION', 'OTHER')),
    level          text not null check (level in ('DISTRICT', 'SUBDISTRICT')),
    subdistrict_id uuid references subdistricts (id),
    version        bigint not null default 0,
    created_at     timestamptz not null default now(),
    updated_at     timestamptz not null default now(),
    check ((level = 'SUBDISTRICT') = (subdistrict_id is not null)),
    unique (plan_id, name)
);
create index thematic_tables_plan_id_idx on thematic_tables (plan_id);
create index thematic_tables_district_id_idx on thematic_tables (district_id);
create index thematic_tables_subdistrict_id_idx on thematic_tables (subdistrict_id);

create table thematic_table_policy_areas (
    table_id       uuid not null references thematic_tables (id) on delete cascade,
    policy_area_id uuid not null references policy_areas (id),
    primary key (table_id, policy_area_id)
);
create index thematic_table_policy_areas_policy_area_id_idx on thematic_table_policy_areas (policy_area_id);
