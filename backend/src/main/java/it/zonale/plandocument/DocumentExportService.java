package it.zonale.plandocument;

import io.quarkus.narayana.jta.QuarkusTransaction;
import it.zonale.approval.Approval;
import it.zonale.approval.ApprovalApi;
import it.zonale.district.DistrictApi;
import it.zonale.plan.Plan;
import it.zonale.plan.PlanApi;
import it.zonale.shared.error.DomainException;
import it.zonale.shared.persistence.Timestamps;
import it.zonale.shared.report.Report;
import it.zonale.shared.report.ReportPdf;
import it.zonale.shared.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Exports of a version to PDF, DOCX or ODT as jobs: the request only queues one (or returns the job
 * already there for that version and format); a worker renders it off the request thread, recording
 * its phase and percentage, and stores the file or the error.
 */
@ApplicationScoped
class DocumentExportService {
  private static final Logger LOG = Logger.getLogger(DocumentExportService.class);

  /** A RUNNING job whose worker has not beaten for this long is taken again (replica died). */
  static final Duration STALE = Duration.ofMinutes(10);

  private final DocumentExportRepository exports;
  private final DocumentVersionRepository versions;
  private final PlanDocumentService documents;
  private final CurrentUser user;
  private final ApprovalApi approvals;
  private final PlanApi plans;
  private final DistrictApi districts;

  public DocumentExportService(
      DocumentExportRepository exports,
      DocumentVersionRepository versions,
      PlanDocumentService documents,
      CurrentUser user,
      ApprovalApi approvals,
      PlanApi plans,
      DistrictApi districts) {
    this.exports = exports;
    this.versions = versions;
    this.documents = documents;
    this.user = user;
    this.approvals = approvals;
    this.plans = plans;
    this.districts = districts;
  }

  /**
   * A job for this version and format: the one already queued, running or done, else new. The
   * edition follows the version: the approved edition once the Assemblea dei Sindaci approved it,
   * the draft before (each cached on its own).
   */
  @Transactional
  public DocumentExport requestExport(UUID planId, int number, DocumentExportFormat format) {
    DocumentVersionEntity v = documents.readableVersion(planId, number);
    DocumentEdition edition =
        v.approvalId == null ? DocumentEdition.DRAFT : DocumentEdition.APPROVED;
    exports
        .getEntityManager()
        .createNativeQuery(
            """
            insert into plan_document_exports
              (id, version_id, plan_id, format, edition, status, phase, percent, requested_by,
               created_at)
            values (?1, ?2, ?3, ?4, ?7, 'QUEUED', 'QUEUED', 0, ?5, ?6)
            on conflict (version_id, format, edition) where status <> 'FAILED' do nothing
            """)
        .setParameter(1, UUID.randomUUID())
        .setParameter(2, v.id)
        .setParameter(3, v.planId)
        .setParameter(4, format.name())
        .setParameter(5, user.isAnonymous() ? null : user.displayName())
        .setParameter(6, Timestamps.now())
        .setParameter(7, edition.name())
        .executeUpdate();
    DocumentExportEntity e = exports.live(v.id, format, edition).orElseThrow();
    return toDto(e, v.number);
  }

  public DocumentExport getExport(UUID id) {
    DocumentExportEntity e = readable(id);
    return toDto(e, versions.findById(e.versionId).number);
  }

  /**
   * @throws DomainException.InvalidState document-export-not-ready
   */
  public ExportFile file(UUID id) {
    DocumentExportEntity e = readable(id);
    if (e.status != DocumentExportStatus.DONE) {
      throw DomainException.InvalidState.of(
          "document-export-not-ready", "The export is " + e.status + ": its file is not ready.");
    }
    int number = versions.findById(e.versionId).number;
    Plan plan = plans.readablePlanDetails(e.planId);
    String district = districts.getDistrict(plan.districtId()).name();
    return new ExportFile(
        e.file,
        e.format.mediaType,
        fileName(district, plan.startYear(), plan.endYear(), number, e.edition, e.format));
  }

  /** "piano-di-zona-oglio-po-2021-2023-v3-approvato.pdf": what the file is, in its name. */
  static String fileName(
      String district,
      int startYear,
      int endYear,
      int number,
      DocumentEdition edition,
      DocumentExportFormat format) {
    String slug =
        Normalizer.normalize(district, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("(^-|-$)", "");
    return "piano-di-zona-"
        + (slug.isEmpty() ? "" : slug + "-")
        + startYear
        + "-"
        + endYear
        + "-v"
        + number
        + (edition == DocumentEdition.APPROVED ? "-approvato" : "-bozza")
        + "."
        + format.extension;
  }

  /** A rendered file and how to serve it. */
  public record ExportFile(byte[] bytes, String mediaType, String fileName) {}

  private DocumentExportEntity readable(UUID id) {
    DocumentExportEntity e =
        exports
            .findByIdOptional(id)
            .orElseThrow(() -> DomainException.NotFound.of("document-export", id));
    documents.readablePlanOf(e.planId, "document-export", id);
    return e;
  }

  // ---- the worker ----

  /** Renders the next queued job, if any; returns whether there was one. Called by the worker. */
  public boolean runNext() {
    Instant now = Timestamps.now();
    Optional<UUID> claimed =
        QuarkusTransaction.requiringNew().call(() -> exports.claimNext(now, now.minus(STALE)));
    if (claimed.isEmpty()) {
      return false;
    }
    UUID id = claimed.get();
    try {
      record Job(DocumentExportFormat format, Report report) {}
      Job job =
          QuarkusTransaction.requiringNew()
              .call(
                  () -> {
                    DocumentExportEntity e = exports.findById(id);
                    DocumentVersionEntity v = versions.findById(e.versionId);
                    Report report = ContentJson.read(v.content).toReport();
                    if (e.edition == DocumentEdition.APPROVED) {
                      Approval approval =
                          approvals
                              .approvalById(v.approvalId)
                              .orElseThrow(
                                  () ->
                                      new IllegalStateException(
                                          "approval " + v.approvalId + " of the version missing"));
                      report = ApprovedEdition.approved(report, approval, v.number, v.sha256);
                    } else {
                      report = ApprovedEdition.draft(report);
                    }
                    return new Job(e.format, report);
                  });
      progress(id, "LAYOUT", 20);
      byte[] file =
          switch (job.format()) {
            case PDF -> ReportPdf.render(job.report());
            // the contents' page numbers are those of the PDF rendering of the same report
            case DOCX ->
                ReportDocx.render(
                    job.report(), ReportDocx.chapterPages(ReportPdf.render(job.report())));
            case ODT ->
                ReportOdt.render(
                    job.report(), ReportDocx.chapterPages(ReportPdf.render(job.report())));
          };
      progress(id, "WRITING", 90);
      QuarkusTransaction.requiringNew()
          .run(
              () -> {
                DocumentExportEntity e = exports.findById(id);
                e.file = file;
                e.fileSize = (long) file.length;
                e.status = DocumentExportStatus.DONE;
                e.phase = "DONE";
                e.percent = 100;
                e.finishedAt = Timestamps.now();
              });
    } catch (RuntimeException | LinkageError failure) {
      LOG.errorf(failure, "Export %s failed", id);
      String why = failure.getClass().getSimpleName() + ": " + failure.getMessage();
      QuarkusTransaction.requiringNew()
          .run(
              () -> {
                DocumentExportEntity e = exports.findById(id);
                e.status = DocumentExportStatus.FAILED;
                e.phase = "FAILED";
                e.error = why.length() > 2000 ? why.substring(0, 2000) : why;
                e.finishedAt = Timestamps.now();
              });
    }
    return true;
  }

  private void progress(UUID id, String phase, int percent) {
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              DocumentExportEntity e = exports.findById(id);
              e.phase = phase;
              e.percent = percent;
              e.heartbeatAt = Timestamps.now();
            });
  }

  private static DocumentExport toDto(DocumentExportEntity e, int number) {
    return new DocumentExport(
        e.id,
        e.planId,
        number,
        e.format,
        e.edition,
        e.status,
        e.phase,
        e.percent,
        e.fileSize,
        e.error,
        e.createdAt.atZone(PlanDocumentService.ZONE).toOffsetDateTime(),
        e.finishedAt == null
            ? null
            : e.finishedAt.atZone(PlanDocumentService.ZONE).toOffsetDateTime());
  }
}
