-- A mail of the outbox may announce a state that changes before it is sent (a seat confirmed to
-- someone who has cancelled since, a reminder of a session that moved). The sender re-checks that
-- state right before sending; a mail whose fact no longer holds is not sent but marked skipped,
-- with the reason, so that an operator can see why it never left.
alter table notification_outbox
    -- what the mail announces, beyond its subject (e.g. the registration and the moment it was
    -- made); null for mails written before this column, which are checked on their subject alone
    add column announces   jsonb,
    add column skipped_at  timestamptz,
    add column skip_reason text check (length(skip_reason) <= 1000),
    add constraint notification_outbox_skipped_with_reason
        check ((skipped_at is null) = (skip_reason is null));

-- The sender's query: what is due and neither sent, given up nor skipped.
drop index notification_outbox_due_idx;
create index notification_outbox_due_idx on notification_outbox (next_attempt_at)
    where sent_at is null and failed_at is null and skipped_at is null;
