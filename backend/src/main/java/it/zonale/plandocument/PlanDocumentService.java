package it.zonale.plandocument;

import io.quarkus.arc.All;
import it.zonale.approval.PlanApproved;
import it.zonale.audit.AuditAction;
import it.zonale.audit.AuditApi;
import it.zonale.plan.Plan;
import it.zonale.plan.PlanApi;
import it.zonale.plan.PlanRef;
import it.zonale.plan.PlanWrite;
import it.zonale.shared.error.DomainException;
import it.zonale.shared.error.FieldCode;
import it.zonale.shared.persistence.Timestamps;
import it.zonale.shared.persistence.Versions;
import it.zonale.shared.report.PlanChapterSource;
import it.zonale.shared.report.ReportChapter;
import it.zonale.shared.security.CurrentUser;
import it.zonale.shared.web.PageQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * The plan document: the plan office writes narrative sections and assembles versions from them and
 * from every feature's chapter ({@link PlanChapterSource} beans); the ambito comments on a version
 * during the consultation; the approval freezes one version for good.
 *
 * <p>Comments are seen only inside the ambito (the plan office and users acting for an organisation
 * of the ambito), never by the public, answered or not: they are working notes of the consultation,
 * and the public reads the approved document.
 */
@ApplicationScoped
class PlanDocumentService {
  static final ZoneId ZONE = ZoneId.of("Europe/Rome");

  private final DocumentSectionRepository sections;
  private final DocumentVersionRepository versions;
  private final DocumentCommentRepository comments;
  private final PlanApi plans;
  private final CurrentUser user;
  private final AuditApi audit;
  private final List<PlanChapterSource> sources;

  public PlanDocumentService(
      DocumentSectionRepository sections,
      DocumentVersionRepository versions,
      DocumentCommentRepository comments,
      PlanApi plans,
      CurrentUser user,
      AuditApi audit,
      @All List<PlanChapterSource> sources) {
    this.sections = sections;
    this.versions = versions;
    this.comments = comments;
    this.plans = plans;
    this.user = user;
    this.audit = audit;
    this.sources = sources;
  }

  // ---- narrative sections (plan office) ----

  /**
   * @throws DomainException.Forbidden not-your-district
   */
  public DocumentSectionPage listSections(UUID planId, PageQuery page) {
    PlanRef plan = office(planId);
    return new DocumentSectionPage(
        sections.pageOf(plan.id(), page.limit, page.offset).stream()
            .map(PlanDocumentService::toDto)
            .toList(),
        page.limit,
        page.offset,
        sections.countOf(plan.id()));
  }

  public DocumentSection getSection(UUID id) {
    DocumentSectionEntity e = section(id);
    office(e.planId);
    return toDto(e);
  }

  /**
   * @throws DomainException.Conflict document-section-key-taken
   * @throws DomainException.InvalidState document-frozen
   */
  @Transactional
  public DocumentSection createSection(UUID planId, DocumentSectionCreate create) {
    PlanRef plan = editable(planId);
    if (sections.keyTaken(plan.id(), create.key())) {
      throw DomainException.Conflict.of(
          "document-section-key-taken",
          "The plan already has a section with key " + create.key() + ".");
    }
    DocumentSectionEntity e = new DocumentSectionEntity();
    e.id = UUID.randomUUID();
    e.planId = plan.id();
    e.districtId = plan.districtId();
    e.key = create.key();
    e.createdAt = Timestamps.now();
    apply(e, create.title(), create.text(), create.order());
    sections.persistAndFlush(e);
    DocumentSection created = toDto(e);
    audit.recordChange(AuditAction.CREATE, "document-section", e.id, e.districtId, null, created);
    return created;
  }

  /**
   * @throws DomainException.StaleVersion stale-version
   * @throws DomainException.InvalidState document-frozen
   */
  @Transactional
  public DocumentSection updateSection(UUID id, DocumentSectionUpdate update) {
    DocumentSectionEntity e = section(id);
    editable(e.planId);
    Versions.require("document-section", update.version(), e.version);
    DocumentSection before = toDto(e);
    apply(e, update.title(), update.text(), update.order());
    sections.flush();
    DocumentSection after = toDto(e);
    audit.recordChange(AuditAction.UPDATE, "document-section", e.id, e.districtId, before, after);
    return after;
  }

  @Transactional
  public void deleteSection(UUID id) {
    DocumentSectionEntity e = section(id);
    editable(e.planId);
    audit.recordChange(AuditAction.DELETE, "document-section", e.id, e.districtId, toDto(e), null);
    sections.delete(e);
    sections.flush();
  }

  // ---- versions ----

  public DocumentVersionPage listVersions(UUID planId, PageQuery page) {
    PlanRef plan = plans.readablePlan(planId);
    return new DocumentVersionPage(
        versions.pageOf(plan.id(), page.limit, page.offset).stream()
            .map(PlanDocumentService::summary)
            .toList(),
        page.limit,
        page.offset,
        versions.countOf(plan.id()));
  }

  public DocumentVersionDetail getVersion(UUID planId, int number) {
    DocumentVersionEntity e = version(planId, number);
    DocumentContent content = ContentJson.read(e.content);
    return new DocumentVersionDetail(
        summary(e), content.title(), content.subtitle(), content.chapters());
  }

  /**
   * Assembles the current chapters (every source's, then the narrative sections, by order) into the
   * next numbered version.
   *
   * @throws DomainException.InvalidState document-frozen
   */
  @Transactional
  public DocumentVersion assembleVersion(UUID planId) {
    PlanRef plan = editable(planId);
    DocumentContent content = assemble(plan.id());
    String json = ContentJson.write(content);
    DocumentVersionEntity e = new DocumentVersionEntity();
    e.id = UUID.randomUUID();
    e.planId = plan.id();
    e.districtId = plan.districtId();
    e.number = versions.nextNumber(plan.id());
    e.content = json;
    e.sha256 = ContentJson.sha256(json);
    e.chapterCount = content.chapters().size();
    e.createdAt = Timestamps.now();
    e.createdBy = user.displayName();
    versions.persistAndFlush(e);
    DocumentVersion created = summary(e);
    audit.recordChange(AuditAction.CREATE, "document-version", e.id, e.districtId, null, created);
    return created;
  }

  /** The document as it would be assembled now, without storing it. */
  DocumentContent assemble(UUID planId) {
    Plan plan = plans.readablePlanDetails(planId);
    record Placed(int order, boolean narrative, ReportChapter chapter) {}
    List<Placed> placed = new ArrayList<>();
    for (PlanChapterSource source : sources) {
      source
          .chapter(planId, Locale.ITALIAN)
          .ifPresent(c -> placed.add(new Placed(source.order(), false, c)));
    }
    for (DocumentSectionEntity s : sections.allOf(planId)) {
      placed.add(
          new Placed(
              s.order, true, new ReportChapter(s.key, s.title, NarrativeText.blocks(s.text))));
    }
    placed.sort(
        Comparator.comparingInt(Placed::order)
            .thenComparing(p -> p.narrative() ? 1 : 0)
            .thenComparing(p -> p.chapter().key()));
    Set<String> keys = new HashSet<>();
    List<DocumentChapter> chapters = new ArrayList<>();
    for (Placed p : placed) {
      String key = p.chapter().key();
      while (!keys.add(key)) {
        key = key + "-2";
      }
      chapters.add(
          new DocumentChapter(
              key,
              p.chapter().title(),
              p.order(),
              p.narrative(),
              p.chapter().blocks().stream().map(DocumentBlock::of).toList()));
    }
    return new DocumentContent(
        plan.title(),
        "Documento di Piano · " + plan.startYear() + "-" + plan.endYear(),
        "it",
        chapters);
  }

  /**
   * @throws DomainException.InvalidInput from or to not a version of the plan
   */
  public DocumentDiff diff(UUID planId, int from, int to) {
    plans.readablePlan(planId);
    DocumentVersionEntity a =
        versions
            .byNumber(planId, from)
            .orElseThrow(
                () ->
                    DomainException.InvalidInput.of(
                        "from", FieldCode.UNKNOWN_REFERENCE, "no version with this number"));
    DocumentVersionEntity b =
        versions
            .byNumber(planId, to)
            .orElseThrow(
                () ->
                    DomainException.InvalidInput.of(
                        "to", FieldCode.UNKNOWN_REFERENCE, "no version with this number"));
    return new DocumentDiff(
        from, to, DocumentDiffer.diff(ContentJson.read(a.content), ContentJson.read(b.content)));
  }

  // ---- comments ----

  /**
   * @throws DomainException.Forbidden comments-ambito-only
   */
  public DocumentCommentPage listComments(
      UUID planId, int number, String chapterKey, PageQuery page) {
    DocumentVersionEntity v = version(planId, number);
    requireAmbito(v.districtId);
    return new DocumentCommentPage(
        comments.pageOf(v.id, chapterKey, page.limit, page.offset).stream()
            .map(c -> toDto(c, v.number))
            .toList(),
        page.limit,
        page.offset,
        comments.countOf(v.id, chapterKey));
  }

  /**
   * @throws DomainException.InvalidState plan-not-in-consultation, document-frozen
   */
  @Transactional
  public DocumentComment createComment(UUID planId, int number, DocumentCommentCreate create) {
    DocumentVersionEntity v = version(planId, number);
    requireAmbito(v.districtId);
    PlanRef plan = plans.readablePlan(planId);
    PlanApi.requireAllows(PlanWrite.DOCUMENT_COMMENT, plan.status());
    requireNotFrozen(planId);
    if (create.chapterKey() != null
        && ContentJson.read(v.content).chapters().stream()
            .noneMatch(c -> c.key().equals(create.chapterKey()))) {
      throw DomainException.InvalidInput.of(
          "/chapterKey", FieldCode.UNKNOWN_REFERENCE, "no chapter with this key in the version");
    }
    DocumentCommentEntity e = new DocumentCommentEntity();
    e.id = UUID.randomUUID();
    e.versionId = v.id;
    e.planId = v.planId;
    e.districtId = v.districtId;
    e.chapterKey = create.chapterKey();
    e.organizationId = user.organizationId().orElse(null);
    e.author = user.displayName();
    e.text = create.text().strip();
    e.createdAt = Timestamps.now();
    comments.persistAndFlush(e);
    DocumentComment created = toDto(e, v.number);
    audit.recordChange(AuditAction.CREATE, "document-comment", e.id, e.districtId, null, created);
    return created;
  }

  /**
   * @throws DomainException.StaleVersion stale-version
   * @throws DomainException.InvalidState document-frozen
   */
  @Transactional
  public DocumentComment replyToComment(UUID id, DocumentCommentReply reply) {
    DocumentCommentEntity e =
        comments
            .findByIdOptional(id)
            .orElseThrow(() -> DomainException.NotFound.of("document-comment", id));
    try {
      requireAmbito(e.districtId);
    } catch (DomainException.Forbidden hidden) {
      throw DomainException.NotFound.hidden(
          "document-comment", id, e.districtId, "a comment of another ambito's plan document");
    }
    editable(e.planId);
    Versions.require("document-comment", reply.version(), e.version);
    DocumentVersionEntity v = versions.findById(e.versionId);
    DocumentComment before = toDto(e, v.number);
    e.reply = reply.reply().strip();
    e.repliedAt = Timestamps.now();
    e.repliedBy = user.displayName();
    comments.flush();
    DocumentComment after = toDto(e, v.number);
    audit.recordChange(AuditAction.UPDATE, "document-comment", e.id, e.districtId, before, after);
    return after;
  }

  // ---- approval ----

  /**
   * Freezes the version the Assemblea dei Sindaci approved (the latest when none is named), inside
   * the approval's transaction: throwing here undoes the approval.
   *
   * @throws DomainException.InvalidState document-version-missing, document-already-frozen
   */
  @Transactional
  void onPlanApproved(@Observes PlanApproved approved) {
    DocumentVersionEntity v =
        (approved.documentVersion() == null
                ? versions.latest(approved.planId())
                : versions.byNumber(approved.planId(), approved.documentVersion()))
            .orElseThrow(
                () ->
                    DomainException.InvalidState.of(
                        "document-version-missing",
                        approved.documentVersion() == null
                            ? "The plan has no document version to approve: assemble one first."
                            : "The plan has no document version "
                                + approved.documentVersion()
                                + "."));
    if (v.frozenAt != null) {
      return;
    }
    if (versions.hasFrozen(approved.planId())) {
      throw DomainException.InvalidState.of(
          "document-already-frozen", "Another version of the plan document is already approved.");
    }
    v.frozenAt = Timestamps.now();
    v.approvalId = approved.approvalId();
    versions.flush();
    audit.recordChange(
        AuditAction.STATUS_CHANGE, "document-version", v.id, v.districtId, null, summary(v));
  }

  // ---- for the exports ----

  /** The version if the caller may read its plan, else document-version-not-found. */
  DocumentVersionEntity readableVersion(UUID planId, int number) {
    return version(planId, number);
  }

  PlanRef readablePlanOf(UUID planId, String resource, Object id) {
    return plans.readablePlanOf(planId, resource, id);
  }

  // ---- helpers ----

  private DocumentVersionEntity version(UUID planId, int number) {
    plans.readablePlan(planId);
    return versions
        .byNumber(planId, number)
        .orElseThrow(() -> DomainException.NotFound.of("document-version", number));
  }

  private DocumentSectionEntity section(UUID id) {
    DocumentSectionEntity e =
        sections
            .findByIdOptional(id)
            .orElseThrow(() -> DomainException.NotFound.of("document-section", id));
    plans.readablePlanOf(e.planId, "document-section", id);
    return e;
  }

  /** The plan office of the plan's ambito, reading. */
  private PlanRef office(UUID planId) {
    PlanRef plan = plans.readablePlan(planId);
    if (!user.managesDistrict(plan.districtId())) {
      throw DomainException.Forbidden.of(
          "not-your-district", "Only the plan office of the ambito works on the plan document.");
    }
    return plan;
  }

  /** The plan office of the plan's ambito, writing on a plan whose document is not frozen. */
  private PlanRef editable(UUID planId) {
    PlanRef plan = plans.manageablePlan(planId, PlanWrite.DOCUMENT);
    requireNotFrozen(plan.id());
    return plan;
  }

  private void requireNotFrozen(UUID planId) {
    if (versions.hasFrozen(planId)) {
      throw DomainException.InvalidState.of(
          "document-frozen",
          "The plan document is approved and frozen: no new versions, edits or comments.");
    }
  }

  private void requireAmbito(UUID districtId) {
    boolean office = user.managesDistrict(districtId);
    boolean member = user.organizationId().isPresent() && user.worksIn(districtId);
    if (!office && !member) {
      throw DomainException.Forbidden.of(
          "comments-ambito-only",
          "Comments on the plan document are for the plan office and the organisations of the"
              + " ambito.");
    }
  }

  private static void apply(DocumentSectionEntity e, String title, String text, int order) {
    e.title = title.strip();
    e.text = text;
    e.order = order;
    e.updatedAt = Timestamps.now();
  }

  private static DocumentSection toDto(DocumentSectionEntity e) {
    return new DocumentSection(
        e.id,
        e.planId,
        e.key,
        e.title,
        e.text,
        e.order,
        e.updatedAt.atZone(ZONE).toOffsetDateTime(),
        e.version);
  }

  static DocumentVersion summary(DocumentVersionEntity e) {
    return new DocumentVersion(
        e.planId,
        e.number,
        e.createdAt.atZone(ZONE).toOffsetDateTime(),
        e.createdBy,
        e.sha256,
        e.frozenAt != null,
        e.frozenAt == null ? null : e.frozenAt.atZone(ZONE).toOffsetDateTime(),
        e.approvalId,
        e.chapterCount);
  }

  private static DocumentComment toDto(DocumentCommentEntity e, int number) {
    return new DocumentComment(
        e.id,
        e.planId,
        number,
        e.chapterKey,
        e.organizationId,
        e.author,
        e.text,
        e.reply,
        e.repliedAt == null ? null : e.repliedAt.atZone(ZONE).toOffsetDateTime(),
        e.createdAt.atZone(ZONE).toOffsetDateTime(),
        e.version);
  }
}
