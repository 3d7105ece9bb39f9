-- A session with a capacity keeps a waitlist: registrations beyond the seats wait, in order of
-- registration, and move up (promoted_at) when a seat frees.
alter table registrations drop constraint registrations_status_check;
alter table registrations
    add constraint registrations_status_check check (status in ('REGISTERED', 'WAITLISTED', 'CANCELLED'));
alter table registrations add column promoted_at timestamptz;
create index registrations_session_status_idx on registrations (session_id, status, registered_at, id);
