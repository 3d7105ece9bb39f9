-- A participant's language for the e-mails Zonale sends them: Italian unless they chose English.
alter table participants
    add column preferred_language text not null default 'IT' check (preferred_language in ('IT', 'EN'));

-- E-mail notifications waiting to be sent or sent: written in the transaction of the action that
-- causes them (so a mail failure never loses nor rolls back that action), delivered by a scheduled
-- sender that claims rows with FOR UPDATE SKIP LOCKED (one replica per row) and retries with backoff.
-- dedup_key makes a reminder unique: two replicas inserting it at once leave one row.
create table notification_outbox (
    id              uuid primary key,
    kind            text not null check (kind in ('CALL_OPENED', 'EXPRESSION_OF_INTEREST_RECEIVED',
                        'EXPRESSION_OF_INTEREST_ADMITTED', 'EXPRESSION_OF_INTEREST_REJECTED',
                        'REGISTRATION_CONFIRMED', 'REGISTRATION_WAITLISTED', 'REGISTRATION_PROMOTED',
                        'SESSION_CHANGED', 'SESSION_CANCELLED', 'SESSION_REMINDER', 'CALL_DEADLINE_REMINDER')),
    subject_id      uuid not null,
    recipient       text not null check (length(recipient) between 3 and 254),
    language        text not null check (language in ('IT', 'EN')),
    params          jsonb not null default '{}'::jsonb,
    dedup_key       text unique check (length(dedup_key) <= 300),
    attempts        integer not null default 0 check (attempts >= 0),
    next_attempt_at timestamptz not null,
    sent_at         timestamptz,
    failed_at       timestamptz,
    last_error      text check (length(last_error) <= 1000),
    created_at      timestamptz not null default now()
);
-- The sender's query: what is due and neither sent nor given up.
create index notification_outbox_due_idx on notification_outbox (next_attempt_at)
    where sent_at is null and failed_at is null;
create index notification_outbox_subject_id_idx on notification_outbox (subject_id);
