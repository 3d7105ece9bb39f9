-- An export is of one edition of a version: the DRAFT (marked "Bozza" on every page) or, once the Assemblea
-- dei Sindaci approved the version, the APPROVED edition with the deliberation and the approval record. Both
-- are cached side by side, so exporting the frozen version after the approval no longer returns the file
-- rendered before it. ODT joins the formats.
alter table plan_document_exports
    add column edition text not null default 'DRAFT' check (edition in ('DRAFT', 'APPROVED'));
alter table plan_document_exports drop constraint plan_document_exports_format_check;
alter table plan_document_exports add constraint plan_document_exports_format_check
    check (format in ('PDF', 'DOCX', 'ODT'));
drop index plan_document_exports_one_per_format_idx;
create unique index plan_document_exports_one_per_edition_idx
    on plan_document_exports (version_id, format, edition) where status <> 'FAILED';
