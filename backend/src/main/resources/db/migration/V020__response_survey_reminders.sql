-- Needs-survey responses remind the organisations that have not submitted (by the plan office, at
-- most once a day, and automatically 48 h before the deadline): a new kind of mail in the outbox.
alter table notification_outbox drop constraint notification_outbox_kind_check;
alter table notification_outbox add constraint notification_outbox_kind_check
    check (kind in ('CALL_OPENED', 'EXPRESSION_OF_INTEREST_RECEIVED',
        'EXPRESSION_OF_INTEREST_ADMITTED', 'EXPRESSION_OF_INTEREST_REJECTED',
        'REGISTRATION_CONFIRMED', 'REGISTRATION_WAITLISTED', 'REGISTRATION_PROMOTED',
        'SESSION_CHANGED', 'SESSION_CANCELLED', 'SESSION_REMINDER', 'CALL_DEADLINE_REMINDER',
        'SURVEY_REMINDER'));

-- The completion dashboard and reminders look up a survey's responses by status.
create index survey_responses_survey_status_idx on survey_responses (survey_id, status);
