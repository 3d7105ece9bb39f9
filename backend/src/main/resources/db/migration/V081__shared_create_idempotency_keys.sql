-- Idempotency-Key (IETF draft-ietf-httpapi-idempotency-key-header) of POST requests: the first
-- request with a key claims it, its answer is kept for 24 h and replayed to a retry with the same
-- key and body. key_hash: SHA-256 of the caller and the key; fingerprint: SHA-256 of the request.
create table idempotency_keys (
    key_hash      text        primary key,
    fingerprint   text        not null,
    state         text        not null check (state in ('processing', 'done')),
    status        integer,
    content_type  text,
    location      text,
    body          bytea,
    created_at    timestamptz not null default now()
);

create index idempotency_keys_created_at_idx on idempotency_keys (created_at);
