-- The plan document (documento di Piano): narrative sections written by the plan office, versions assembled
-- from the data of every feature plus those sections, comments on a version during the consultation, and the
-- export jobs (PDF/DOCX) that render a version off the request thread.

-- Narrative sections, placed among the generated chapters by "sort_order" (the scale of PlanChapterSource:
-- context 100, process 200, needs 300, objectives 400, agreement 500; e.g. introduction 50, governance 150).
create table plan_document_sections (
    id          uuid primary key,
    plan_id     uuid not null references plans (id),
    district_id uuid not null references districts (id),
    section_key text not null check (section_key ~ '^[a-z0-9][a-z0-9-]{0,59}$'),
    title       text not null check (length(title) between 1 and 200),
    body        text not null check (length(body) <= 100000),
    sort_order  integer not null check (sort_order between 0 and 10000),
    version     bigint not null default 0,
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now(),
    unique (plan_id, section_key)
);

-- Assembled versions, numbered 1, 2, ... per plan. "content" is the whole document (title, chapters and their
-- blocks) as JSON; content_sha256 is the SHA-256 of its canonical JSON (sorted keys, no blanks), so equal
-- content gives an equal hash. Frozen (frozen_at, approval_id) when the Assemblea dei Sindaci approves it.
create table plan_document_versions (
    id             uuid primary key,
    plan_id        uuid not null references plans (id),
    district_id    uuid not null references districts (id),
    number         integer not null check (number >= 1),
    content        jsonb not null,
    content_sha256 text not null check (content_sha256 ~ '^[0-9a-f]{64}$'),
    chapter_count  integer not null check (chapter_count >= 0),
    created_at     timestamptz not null,
    created_by     text not null,
    frozen_at      timestamptz,
    approval_id    uuid,
    unique (plan_id, number),
    check ((frozen_at is null) = (approval_id is null))
);
-- At most one approved (frozen) version per plan.
create unique index plan_document_versions_one_frozen_idx on plan_document_versions (plan_id) where frozen_at is not null;

-- Comments of the ambito's organisations on a version, optionally on one chapter; the office may answer.
create table plan_document_comments (
    id              uuid primary key,
    version_id      uuid not null references plan_document_versions (id),
    plan_id         uuid not null references plans (id),
    district_id     uuid not null references districts (id),
    chapter_key     text check (length(chapter_key) <= 80),
    organization_id uuid, -- the organisation the author acted for (from the token; kept as said)
    author          text not null,
    body            text not null check (length(body) between 1 and 4000),
    reply           text check (length(reply) <= 4000),
    replied_at      timestamptz,
    replied_by      text,
    version         bigint not null default 0,
    created_at      timestamptz not null,
    check ((reply is null) = (replied_at is null))
);
create index plan_document_comments_version_id_idx on plan_document_comments (version_id, created_at);

-- Export jobs. A worker claims QUEUED jobs with FOR UPDATE SKIP LOCKED (two API replicas never render the same
-- job), moves them through phases with a percentage, and stores the file or the error.
create table plan_document_exports (
    id           uuid primary key,
    version_id   uuid not null references plan_document_versions (id),
    plan_id      uuid not null references plans (id),
    format       text not null check (format in ('PDF', 'DOCX')),
    status       text not null check (status in ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    phase        text not null,
    percent      integer not null default 0 check (percent between 0 and 100),
    file         bytea,
    file_size    bigint,
    error        text,
    attempts     integer not null default 0,
    requested_by text,
    created_at   timestamptz not null,
    started_at   timestamptz,
    heartbeat_at timestamptz,
    finished_at  timestamptz,
    check ((status = 'DONE') = (file is not null))
);
-- Asking twice for the same export of a version gives back the job already there (a failed one is retried).
create unique index plan_document_exports_one_per_format_idx
    on plan_document_exports (version_id, format) where status <> 'FAILED';
create index plan_document_exports_queued_idx on plan_document_exports (created_at) where status in ('QUEUED', 'RUNNING');
