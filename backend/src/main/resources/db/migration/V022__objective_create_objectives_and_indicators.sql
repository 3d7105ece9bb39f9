-- Objectives of a plan, per policy area (and optionally per table), with the indicators the plan promises
-- for its evaluation and their yearly measurements (monitoring goes on after approval).
-- Each objective cites the istanze and survey findings it answers: traceability both ways.
create table objectives (
    id               uuid primary key,
    plan_id          uuid not null references plans (id),
    district_id      uuid not null references districts (id),
    policy_area_id   uuid not null references policy_areas (id),
    table_id         uuid references thematic_tables (id),
    title            text not null check (length(title) between 1 and 200),
    description      text check (length(description) <= 10000),
    actors           text check (length(actors) <= 2000),
    resources_amount numeric(14, 2) check (resources_amount >= 0),
    start_date       date,
    end_date         date,
    status           text not null check (status in ('PLANNED', 'IN_PROGRESS', 'ACHIEVED', 'PARTLY_ACHIEVED',
                                                      'NOT_ACHIEVED', 'DROPPED')),
    version          bigint not null default 0,
    created_at       timestamptz not null default now(),
    updated_at       timestamptz not null default now(),
    check (end_date is null or start_date is null or end_date >= start_date)
);
create index objectives_plan_id_idx on objectives (plan_id);
create index objectives_district_id_idx on objectives (district_id);
create index objectives_policy_area_id_idx on objectives (policy_area_id);
create index objectives_table_id_idx on objectives (table_id);

-- The actions of an objective, in order.
create table objective_actions (
    objective_id uuid not null references objectives (id) on delete cascade,
    position     integer not null check (position >= 0),
    text         text not null check (length(text) between 1 and 500),
    primary key (objective_id, position)
);

-- Istanze cited by an objective; the reference (IST-007) is kept, since a number is never reused.
create table objective_contributions (
    objective_id    uuid not null references objectives (id) on delete cascade,
    contribution_id uuid not null references contributions (id),
    reference       text not null check (reference ~ '^IST-[0-9]{3,}$'),
    primary key (objective_id, contribution_id)
);
create index objective_contributions_contribution_id_idx on objective_contributions (contribution_id);

-- Survey findings cited by an objective: a question (and optionally a matrix row) of a survey of the plan.
-- row_key is '' for a whole question, so that the key stays a plain primary key.
create table objective_findings (
    objective_id   uuid not null references objectives (id) on delete cascade,
    survey_id      uuid not null references surveys (id),
    question_key   text not null check (question_key ~ '^[a-z][a-z0-9_]*$'),
    row_key        text not null default '' check (row_key = '' or row_key ~ '^[a-z][a-z0-9_]*$'),
    question_title text not null,
    primary key (objective_id, survey_id, question_key, row_key)
);
create index objective_findings_survey_id_idx on objective_findings (survey_id, question_key);

create table indicators (
    id             uuid primary key,
    objective_id   uuid not null references objectives (id) on delete cascade,
    plan_id        uuid not null references plans (id),
    district_id    uuid not null references districts (id),
    name           text not null check (length(name) between 1 and 200),
    unit           text not null check (length(unit) between 1 and 40),
    baseline_value numeric(18, 4) not null,
    baseline_year  integer not null check (baseline_year between 2000 and 2100),
    target_value   numeric(18, 4) not null,
    target_year    integer not null check (target_year between 2000 and 2100),
    source         text check (length(source) <= 500),
    frequency      text not null check (frequency in ('MONTHLY', 'QUARTERLY', 'SEMESTER', 'YEARLY', 'TRIENNIAL')),
    version        bigint not null default 0,
    created_at     timestamptz not null default now(),
    updated_at     timestamptz not null default now(),
    check (target_year >= baseline_year)
);
create index indicators_objective_id_idx on indicators (objective_id);
create index indicators_plan_id_idx on indicators (plan_id);
create index indicators_district_id_idx on indicators (district_id);

-- One value per indicator and year.
create table indicator_measurements (
    id           uuid primary key,
    indicator_id uuid not null references indicators (id) on delete cascade,
    year         integer not null check (year between 2000 and 2101),
    value        numeric(18, 4) not null,
    note         text check (length(note) <= 1000),
    version      bigint not null default 0,
    created_at   timestamptz not null default now(),
    updated_at   timestamptz not null default now(),
    unique (indicator_id, year)
);
