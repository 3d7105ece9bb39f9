-- The private calendar feed of a signed-in user (Keycloak subject): the sessions where the user's
-- organisation has people registered, read by calendar apps at a secret address. Only the SHA-256 of
-- the address's key is kept, so a copy of the database does not open anyone's feed; rotating the key
-- replaces the hash, revoking deletes the row. Not a tenant row: it follows the user, not an ambito.
create table calendar_feeds (
    user_id         text primary key check (length(user_id) between 1 and 200),
    organization_id uuid not null references organizations (id) on delete cascade,
    token_hash      text not null unique check (token_hash ~ '^[0-9a-f]{64}$'),
    created_at      timestamptz not null default now()
);
create index calendar_feeds_organization_id_idx on calendar_feeds (organization_id);
