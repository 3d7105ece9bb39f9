-- Needs surveys (schede di rilevazione, annex B of the seeds): the plan office defines a survey for a
-- plan, publishes it with a deadline, and each organisation of the ambito answers it once.
--
-- The definition (sections and typed questions) is one JSON document, edited as a whole with a version,
-- so that a copy from a previous plan is one row. Question keys are stable: answers, the synthesis and
-- the objectives' citations refer to them.
create table surveys (
    id             uuid primary key,
    plan_id        uuid not null references plans (id),
    district_id    uuid not null references districts (id),
    title          text not null check (length(title) between 1 and 200),
    description    text check (length(description) <= 4000),
    status         text not null check (status in ('DRAFT', 'PUBLISHED', 'CLOSED')),
    deadline       timestamptz,
    definition     jsonb not null default '{"sections": []}',
    copied_from_id uuid references surveys (id),
    published_at   timestamptz,
    closed_at      timestamptz,
    version        bigint not null default 0,
    created_at     timestamptz not null default now(),
    updated_at     timestamptz not null default now(),
    check (status = 'DRAFT' or (deadline is not null and published_at is not null)),
    check ((status = 'CLOSED') = (closed_at is not null))
);
create index surveys_plan_id_idx on surveys (plan_id);
create index surveys_district_id_idx on surveys (district_id);

-- One response per organisation and survey; the organisation's delegates share it. The draft is kept as
-- the client sent it (answers, a JSON object keyed by question key) so that autosave never loses a
-- half-typed answer; every save also writes the normalised rows of survey_answers below.
create table survey_responses (
    id              uuid primary key,
    survey_id       uuid not null references surveys (id),
    organization_id uuid not null references organizations (id),
    -- the sub-ambito the organisation answers for (it mainly works there): a dimension of the synthesis
    subdistrict_id  uuid references subdistricts (id),
    status          text not null check (status in ('DRAFT', 'SUBMITTED')),
    answers         jsonb not null default '{}',
    submitted_at    timestamptz,
    -- the plan office reopened it: it may be edited and submitted again, even after the deadline
    reopened_at     timestamptz,
    version         bigint not null default 0,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    unique (survey_id, organization_id),
    check ((status = 'SUBMITTED') = (submitted_at is not null))
);
create index survey_responses_organization_id_idx on survey_responses (organization_id);
create index survey_responses_subdistrict_id_idx on survey_responses (subdistrict_id);

-- The answers in rows, for a synthesis computed in SQL. One row per value:
--   short/long text -> text_value; number -> number_value; date -> date_value;
--   single choice -> option_key; multiple choice -> one row per chosen option (ordinal 0, 1, ...);
--   rating -> number_value; matrix -> one row per answered row (item_key = row key), option_key = the
--   chosen column and number_value = that column's value when the scale has values.
-- survey_id is repeated from the response so that the synthesis scans one survey by index.
create table survey_answers (
    response_id  uuid not null references survey_responses (id) on delete cascade,
    survey_id    uuid not null references surveys (id),
    question_key text not null,
    item_key     text not null default '',
    ordinal      smallint not null default 0,
    option_key   text,
    number_value numeric,
    text_value   text,
    date_value   date,
    primary key (response_id, question_key, item_key, ordinal)
);
create index survey_answers_survey_question_idx on survey_answers (survey_id, question_key, item_key, option_key);
