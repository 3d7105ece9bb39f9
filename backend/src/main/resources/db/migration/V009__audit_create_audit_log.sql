-- Append-only record of every state change and of refused access to private data: who, for which
-- organisation, when, what, and the before/after of the changed fields. Public bodies must account
-- for decisions, so rows can never be changed or removed (trigger below), not even by the API.
create table audit_log (
    id              bigint generated always as identity primary key,
    occurred_at     timestamptz not null default now(),
    actor_id        text not null,
    actor_name      text not null,
    organization_id uuid,
    district_id     uuid references districts (id),
    action          text not null check (action in ('CREATE', 'UPDATE', 'DELETE', 'STATUS_CHANGE', 'ACCESS_DENIED')),
    resource_type   text not null,
    resource_id     text not null,
    changes         jsonb not null default '{}'::jsonb,
    request_id      text
);
create index audit_log_district_id_occurred_at_idx on audit_log (district_id, occurred_at desc);
create index audit_log_resource_idx on audit_log (resource_type, resource_id);

create function audit_log_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_log is append-only' using errcode = '42501';
end;
$$;

create trigger audit_log_no_update before update or delete on audit_log
    for each row execute function audit_log_is_append_only();
