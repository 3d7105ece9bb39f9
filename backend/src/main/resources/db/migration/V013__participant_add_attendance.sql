-- The attendance register: whether a registered (or waitlisted, or walk-in) person attended; null
-- until the plan office records it, during the meeting or afterwards.
alter table registrations add column attended boolean;
alter table registrations add column attendance_recorded_at timestamptz;
