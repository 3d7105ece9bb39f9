-- Ambiti territoriali (districts), their sub-ambiti and the municipalities (comuni) they group.
-- Municipalities are reference data for the whole region: a comune whose ambito is not yet known has
-- district_id null.
create table districts (
    id          uuid primary key,
    code        text not null unique check (code ~ '^[A-Z0-9_]{2,40}$'),
    name        text not null check (length(name) between 1 and 200),
    province_code text not null check (province_code ~ '^[A-Z]{2}$'),
    lead_body   text check (length(lead_body) <= 200),
    health_authority text check (length(health_authority) <= 200),
    created_at  timestamptz not null default now()
);

create table subdistricts (
    id          uuid primary key,
    district_id uuid not null references districts (id),
    name        text not null check (length(name) between 1 and 200),
    unique (district_id, name)
);
create index subdistricts_district_id_idx on subdistricts (district_id);

create table municipalities (
    istat_code     text primary key check (istat_code ~ '^[0-9]{6}$'),
    name           text not null,
    province_code  text not null check (province_code ~ '^[A-Z]{2}$'),
    population     integer not null check (population >= 0),
    district_id    uuid references districts (id),
    subdistrict_id uuid references subdistricts (id),
    mapping_basis  text
);
create index municipalities_district_id_idx on municipalities (district_id);
create index municipalities_subdistrict_id_idx on municipalities (subdistrict_id);
