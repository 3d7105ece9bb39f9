-- Organisations (enti): Third Sector entities, public bodies and the bodies that run an ambito.
create table organizations (
    id             uuid primary key,
    name           text not null check (length(name) between 1 and 200),
    tax_code       text not null unique check (tax_code ~ '^[0-9]{11}$'),
    kind           text not null check (kind in ('ODV', 'APS', 'SOCIAL_ENTERPRISE', 'SOCIAL_COOPERATIVE',
                        'PHILANTHROPIC_ENTITY', 'ASSOCIATIVE_NETWORK', 'MUTUAL_AID_SOCIETY', 'OTHER_ETS',
                        'FOUNDATION', 'RELIGIOUS_BODY', 'MUNICIPALITY', 'ASST', 'ATS', 'CONSORTIUM')),
    runts_number   text check (length(runts_number) <= 40),
    runts_section  text check (runts_section in ('ODV', 'APS', 'PHILANTHROPIC_ENTITY', 'SOCIAL_ENTERPRISE',
                        'ASSOCIATIVE_NETWORK', 'MUTUAL_AID_SOCIETY', 'OTHER_ETS')),
    email          text check (length(email) <= 254),
    pec            text check (length(pec) <= 254),
    version        bigint not null default 0,
    created_at     timestamptz not null default now(),
    updated_at     timestamptz not null default now()
);
create index organizations_kind_idx on organizations (kind);
create index organizations_name_idx on organizations (lower(name));

-- The ambiti where an organisation works (an ETS often works in more than one).
create table organization_districts (
    organization_id uuid not null references organizations (id) on delete cascade,
    district_id     uuid not null references districts (id),
    primary key (organization_id, district_id)
);
create index organization_districts_district_id_idx on organization_districts (district_id);
