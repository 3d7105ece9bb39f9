-- Why an incontro was cancelled: shown publicly, in the calendar feeds and in the mail to those
-- registered. A held or registered incontro is never deleted, only cancelled with a reason.
alter table sessions
    add column cancellation_reason text check (length(cancellation_reason) <= 2000);
