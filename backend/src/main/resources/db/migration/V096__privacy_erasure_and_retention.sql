-- Personal data (GDPR): a participant can be pseudonymised (erasure), and the audit log accepts the two
-- changes the law asks of it, each only when the transaction says so explicitly (docs/privacy.md).

-- An erased participant keeps their row (registrations, attendance and delegations point at it) under a
-- pseudonym, without e-mail.
alter table participants alter column email drop not null;
alter table participants add column erased_at timestamptz;

-- One row per erased person: the legal record of the erasure (who asked it, why, when), without the
-- person's data. The pseudonym is "Persona rimossa n. <number>".
create sequence personal_data_erasure_number_seq;
create table personal_data_erasures (
    id             uuid primary key,
    participant_id uuid not null unique references participants (id),
    number         bigint not null unique default nextval('personal_data_erasure_number_seq'),
    pseudonym      text not null check (length(pseudonym) between 1 and 200),
    district_id    uuid references districts (id),
    reason         text not null check (length(reason) between 1 and 2000),
    requested_by   text not null check (length(requested_by) between 1 and 200),
    erased_at      timestamptz not null default now()
);
create index personal_data_erasures_district_id_idx on personal_data_erasures (district_id);

-- Two new audit actions: a personal-data export read by the plan office, and an erasure.
alter table audit_log drop constraint audit_log_action_check;
alter table audit_log add constraint audit_log_action_check
    check (action in ('CREATE', 'UPDATE', 'DELETE', 'STATUS_CHANGE', 'ACCESS_DENIED', 'PERSONAL_DATA_EXPORT',
                      'ERASURE'));

-- The audit log stays append-only, with two exceptions that the transaction must ask for by name:
-- pseudonymisation (zonale.audit_log_pseudonymise = on) may rewrite only who acted and the changes' text,
-- never what, when or on which object; retention (zonale.audit_log_retention = on) may delete rows.
create or replace function audit_log_is_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and current_setting('zonale.audit_log_pseudonymise', true) = 'on'
       and new.id = old.id and new.occurred_at = old.occurred_at and new.action = old.action
       and new.resource_type = old.resource_type and new.resource_id = old.resource_id
       and new.district_id is not distinct from old.district_id
       and new.organization_id is not distinct from old.organization_id
       and new.request_id is not distinct from old.request_id then
        return new;
    end if;
    if tg_op = 'DELETE' and current_setting('zonale.audit_log_retention', true) = 'on' then
        return old;
    end if;
    raise exception 'audit_log is append-only' using errcode = '42501';
end;
$$;
