package it.zonale.survey;

import it.zonale.audit.AuditAction;
import it.zonale.audit.AuditApi;
import it.zonale.plan.PlanApi;
import it.zonale.plan.PlanRef;
import it.zonale.plan.PlanWrite;
import it.zonale.shared.error.DomainException;
import it.zonale.shared.error.DomainException.FieldProblem;
import it.zonale.shared.error.FieldCode;
import it.zonale.shared.event.ResourceChanged;
import it.zonale.shared.persistence.Timestamps;
import it.zonale.shared.persistence.Versions;
import it.zonale.shared.security.CurrentUser;
import it.zonale.shared.web.PageQuery;
import it.zonale.table.TableApi;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * The plan office builds a needs survey, publishes it with a deadline and closes it. Other features
 * reach surveys only through the {@code *Ref} methods below.
 */
@ApplicationScoped
class SurveyService {
  static final String RESOURCE = "survey";

  /** Deadlines are shown in the time zone of the ambiti: Italy. */
  static final ZoneId ZONE = ZoneId.of("Europe/Rome");

  private static final Set<SurveyStatus> ALL = EnumSet.allOf(SurveyStatus.class);
  private static final Set<SurveyStatus> PUBLIC =
      EnumSet.of(SurveyStatus.PUBLISHED, SurveyStatus.CLOSED);

  private final SurveyRepository surveys;
  private final SurveyDefinitions definitions;
  private final PlanApi plans;
  private final TableApi tables;
  private final AuditApi audit;
  private final CurrentUser user;
  private final Event<ResourceChanged> changes;

  public SurveyService(
      SurveyRepository surveys,
      SurveyDefinitions definitions,
      PlanApi plans,
      TableApi tables,
      AuditApi audit,
      CurrentUser user,
      Event<ResourceChanged> changes) {
    this.changes = changes;
    this.surveys = surveys;
    this.definitions = definitions;
    this.plans = plans;
    this.tables = tables;
    this.audit = audit;
    this.user = user;
  }

  /**
   * The plan office of the ambito sees drafts too; everyone who may read the plan sees the
   * published and closed surveys.
   *
   * @throws DomainException.NotFound plan-not-found
   */
  public SurveyPage listSurveys(UUID planId, PageQuery page) {
    PlanRef plan = plans.readablePlan(planId);
    Set<SurveyStatus> visible = visibleTo(plan.districtId());
    return new SurveyPage(
        surveys.pageOf(planId, visible, page.limit, page.offset).stream().map(this::toDto).toList(),
        page.limit,
        page.offset,
        surveys.countOf(planId, visible));
  }

  /**
   * @throws DomainException.NotFound survey-not-found, also for a draft of another ambito
   */
  public Survey getSurvey(UUID id) {
    return toDto(readable(id));
  }

  /**
   * A new draft: blank, with the questions given, or with those of a published or closed survey of
   * another plan of the same ambito (its tables dropped, its policy areas kept where this plan has
   * them).
   *
   * @throws DomainException.InvalidInput a definition that breaks its rules, or a survey to copy
   *     that is unknown, of another ambito, of this plan or still a draft
   * @throws DomainException.Forbidden not-your-district
   * @throws DomainException.InvalidState plan-closed
   */
  @Transactional
  public Survey createSurvey(UUID planId, SurveyCreate create) {
    PlanRef plan = plans.manageablePlan(planId, PlanWrite.SURVEY);
    SurveyDefinition definition =
        create.definition() == null ? SurveyDefinition.empty() : create.definition();
    UUID copiedFrom = null;
    if (create.copyFromSurveyId() != null) {
      if (create.definition() != null) {
        throw DomainException.InvalidInput.of(
            "/copyFromSurveyId",
            FieldCode.NOT_ALLOWED,
            "give either a definition or a survey to copy, not both");
      }
      SurveyEntity source = copySource(plan, create.copyFromSurveyId());
      definition = adapt(definitions.read(source.definition), plan);
      copiedFrom = source.id;
    } else {
      check("/definition", definition, plan);
    }
    SurveyEntity e = new SurveyEntity();
    e.id = UUID.randomUUID();
    e.planId = plan.id();
    e.districtId = plan.districtId();
    e.status = SurveyStatus.DRAFT;
    e.title = create.title().strip();
    e.description = blankToNull(create.description());
    e.definition = definitions.write(definition);
    e.copiedFromId = copiedFrom;
    e.createdAt = Timestamps.now();
    e.updatedAt = e.createdAt;
    surveys.persistAndFlush(e);
    Survey created = toDto(e);
    audit.recordChange(AuditAction.CREATE, RESOURCE, e.id, e.districtId, null, created);
    return created;
  }

  /**
   * Title and description may always change; the questions only in a draft; the deadline in a
   * draft, or to a future instant while published.
   *
   * @throws DomainException.StaleVersion stale-version
   * @throws DomainException.Conflict survey-definition-locked (published or closed: answers exist)
   * @throws DomainException.Conflict survey-closed (its deadline no longer changes)
   * @throws DomainException.InvalidInput a definition that breaks its rules, a deadline in the past
   */
  @Transactional
  public Survey updateSurvey(UUID id, SurveyUpdate update) {
    SurveyEntity e = readable(id);
    PlanRef plan = plans.manageablePlan(e.planId, PlanWrite.SURVEY);
    Versions.require(RESOURCE, update.version(), e.version);
    Instant deadline = update.deadline() == null ? null : update.deadline().toInstant();
    if (e.status == SurveyStatus.DRAFT) {
      check("/definition", update.definition(), plan);
      e.definition = definitions.write(update.definition());
    } else {
      if (!definitions.sameAs(e.definition, update.definition())) {
        throw DomainException.Conflict.of(
            "survey-definition-locked",
            "The survey is "
                + e.status
                + ": organisations answer its questions, which no longer change. Copy it into a"
                + " new draft to change them.");
      }
      if (e.status == SurveyStatus.CLOSED && !Objects.equals(deadline, e.deadline)) {
        throw DomainException.Conflict.of(
            "survey-closed", "The survey is closed: its deadline no longer changes.");
      }
      if (e.status == SurveyStatus.PUBLISHED) {
        requireFuture(deadline);
      }
    }
    Survey before = toDto(e);
    e.title = update.title().strip();
    e.description = blankToNull(update.description());
    e.deadline = deadline;
    e.updatedAt = Timestamps.now();
    surveys.flush();
    Survey after = toDto(e);
    audit.recordChange(AuditAction.UPDATE, RESOURCE, e.id, e.districtId, before, after);
    return after;
  }

  /**
   * Opens a draft to the organisations' answers until the deadline.
   *
   * @throws DomainException.StaleVersion stale-version
   * @throws DomainException.InvalidState survey-not-draft
   * @throws DomainException.InvalidState survey-without-questions
   * @throws DomainException.InvalidInput a deadline not in the future
   */
  @Transactional
  public Survey publishSurvey(UUID id, SurveyPublish publish) {
    SurveyEntity e = readable(id);
    PlanRef plan = plans.manageablePlan(e.planId, PlanWrite.SURVEY);
    Versions.require(RESOURCE, publish.version(), e.version);
    if (e.status != SurveyStatus.DRAFT) {
      throw DomainException.InvalidState.of(
          "survey-not-draft",
          "Only a draft survey can be published; this one is " + e.status + ".");
    }
    SurveyDefinition definition = definitions.read(e.definition);
    if (definition.questions().findAny().isEmpty()) {
      throw DomainException.InvalidState.of(
          "survey-without-questions", "A survey needs at least one question to be published.");
    }
    requireFuture(publish.deadline().toInstant());
    // why: a table of the plan may have been deleted since the last save
    List<FieldProblem> problems =
        SurveyDefinitionCheck.problems(
            "/definition", definition, plan.policyAreaIds(), isTableOf(plan));
    if (!problems.isEmpty()) {
      throw DomainException.InvalidState.of(
          "survey-definition-invalid",
          "The saved questions no longer fit the plan: "
              + problems.get(0).pointer()
              + " "
              + problems.get(0).detail()
              + ". Edit and save them, then publish.");
    }
    Survey before = toDto(e);
    e.status = SurveyStatus.PUBLISHED;
    e.deadline = publish.deadline().toInstant();
    e.publishedAt = Timestamps.now();
    e.updatedAt = e.publishedAt;
    surveys.flush();
    Survey after = toDto(e);
    audit.recordChange(AuditAction.STATUS_CHANGE, RESOURCE, e.id, e.districtId, before, after);
    announce("survey.published", e, ResourceChanged.Audience.ofPlan(plan.status().isPublic()));
    return after;
  }

  /**
   * Ends the answers to a published survey, before or after its deadline.
   *
   * @throws DomainException.StaleVersion stale-version
   * @throws DomainException.InvalidState survey-not-published
   */
  @Transactional
  public Survey closeSurvey(UUID id, SurveyClose close) {
    SurveyEntity e = readable(id);
    PlanRef closing = plans.manageablePlan(e.planId, PlanWrite.SURVEY);
    Versions.require(RESOURCE, close.version(), e.version);
    if (e.status != SurveyStatus.PUBLISHED) {
      throw DomainException.InvalidState.of(
          "survey-not-published",
          "Only a published survey can be closed; this one is " + e.status + ".");
    }
    Survey before = toDto(e);
    e.status = SurveyStatus.CLOSED;
    e.closedAt = Timestamps.now();
    e.updatedAt = e.closedAt;
    surveys.flush();
    Survey after = toDto(e);
    audit.recordChange(AuditAction.STATUS_CHANGE, RESOURCE, e.id, e.districtId, before, after);
    announce("survey.closed", e, ResourceChanged.Audience.ofPlan(closing.status().isPublic()));
    return after;
  }

  /**
   * Only a draft goes: once published, organisations have answered it.
   *
   * @throws DomainException.InvalidState survey-not-draft
   */
  @Transactional
  public void deleteSurvey(UUID id) {
    SurveyEntity e = readable(id);
    plans.manageablePlan(e.planId, PlanWrite.SURVEY);
    if (e.status != SurveyStatus.DRAFT) {
      throw DomainException.InvalidState.of(
          "survey-not-draft",
          "Only a draft survey can be deleted; this one is " + e.status + ". Close it instead.");
    }
    audit.recordChange(AuditAction.DELETE, RESOURCE, e.id, e.districtId, toDto(e), null);
    surveys.delete(e);
    surveys.flush();
  }

  /**
   * The survey if the caller may read it. A draft is seen only by the plan office of its ambito; a
   * published or closed one by whoever may read its plan.
   *
   * @throws DomainException.NotFound survey-not-found
   */
  SurveyRef readableSurvey(UUID id) {
    return toRef(readable(id));
  }

  /**
   * The plan's surveys the caller may read (synthesis, plan document), newest first.
   *
   * @throws DomainException.NotFound plan-not-found
   */
  List<SurveyRef> surveysOfPlan(UUID planId) {
    PlanRef plan = plans.readablePlan(planId);
    return surveys.allOf(planId, visibleTo(plan.districtId())).stream().map(this::toRef).toList();
  }

  /** For {@link SurveyApi#lockedSurveyForMail}: no access checks, the row locked for share. */
  java.util.Optional<SurveyRef> lockedForMail(UUID id) {
    return surveys
        .findByIdOptional(id, jakarta.persistence.LockModeType.PESSIMISTIC_READ)
        .map(this::toRef);
  }

  SurveyEntity find(UUID id) {
    return surveys
        .findByIdOptional(id)
        .orElseThrow(() -> DomainException.NotFound.of(RESOURCE, id));
  }

  private SurveyEntity readable(UUID id) {
    SurveyEntity survey = find(id);
    plans.readablePlanOf(survey.planId, RESOURCE, id);
    if (survey.status == SurveyStatus.DRAFT && !user.managesDistrict(survey.districtId)) {
      throw DomainException.NotFound.hidden(
          RESOURCE, id, survey.districtId, "a draft survey of another plan office");
    }
    return survey;
  }

  private Set<SurveyStatus> visibleTo(UUID districtId) {
    return user.managesDistrict(districtId) ? ALL : PUBLIC;
  }

  private SurveyEntity copySource(PlanRef plan, UUID sourceId) {
    String pointer = "/copyFromSurveyId";
    SurveyEntity source = surveys.findByIdOptional(sourceId).orElse(null);
    if (source == null || !source.districtId.equals(plan.districtId())) {
      // why: a survey of another ambito is not the caller's to copy, nor to learn of
      throw DomainException.InvalidInput.of(
          pointer, FieldCode.UNKNOWN_REFERENCE, "no survey of this ambito with this id");
    }
    if (source.planId.equals(plan.id())) {
      throw DomainException.InvalidInput.of(
          pointer, FieldCode.NOT_ALLOWED, "is a survey of this plan: copy a previous plan's");
    }
    if (source.status == SurveyStatus.DRAFT) {
      throw DomainException.InvalidInput.of(
          pointer, FieldCode.NOT_ALLOWED, "is a draft: copy a published or closed survey");
    }
    return source;
  }

  /** A copied definition keeps its keys; tables belong to one plan, policy areas may not apply. */
  private static SurveyDefinition adapt(SurveyDefinition source, PlanRef plan) {
    Set<UUID> areas = plan.policyAreaIds();
    return new SurveyDefinition(
        source.sections().stream()
            .map(
                section ->
                    new SurveySection(
                        section.key(),
                        section.title(),
                        section.description(),
                        section.questions().stream().map(q -> adapt(q, areas)).toList()))
            .toList());
  }

  private static SurveyQuestion adapt(SurveyQuestion q, Set<UUID> areas) {
    List<MatrixRow> rows =
        q.rows() == null
            ? null
            : q.rows().stream()
                .map(r -> new MatrixRow(r.key(), r.label(), keepIfIn(r.policyAreaId(), areas)))
                .toList();
    return new SurveyQuestion(
        q.key(),
        q.type(),
        q.title(),
        q.help(),
        q.required(),
        null,
        keepIfIn(q.policyAreaId(), areas),
        q.unit(),
        q.min(),
        q.max(),
        q.minLabel(),
        q.maxLabel(),
        q.options(),
        rows);
  }

  private static UUID keepIfIn(UUID id, Set<UUID> ids) {
    return id != null && ids.contains(id) ? id : null;
  }

  private void check(String base, SurveyDefinition definition, PlanRef plan) {
    List<FieldProblem> problems =
        SurveyDefinitionCheck.problems(base, definition, plan.policyAreaIds(), isTableOf(plan));
    if (!problems.isEmpty()) {
      throw DomainException.InvalidInput.of(problems);
    }
  }

  private java.util.function.Predicate<UUID> isTableOf(PlanRef plan) {
    return tableId -> {
      try {
        return tables.readableTable(tableId).planId().equals(plan.id());
      } catch (DomainException.NotFound e) {
        return false;
      }
    };
  }

  private static void requireFuture(Instant deadline) {
    if (deadline == null) {
      throw DomainException.InvalidInput.of(
          "/deadline", FieldCode.REQUIRED, "a published survey needs a deadline");
    }
    if (!deadline.isAfter(Timestamps.now())) {
      throw DomainException.InvalidInput.of(
          "/deadline", FieldCode.OUT_OF_RANGE, "must be in the future");
    }
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  private static OffsetDateTime rome(Instant instant) {
    return instant == null ? null : instant.atZone(ZONE).toOffsetDateTime();
  }

  private Survey toDto(SurveyEntity e) {
    return new Survey(
        e.id,
        e.planId,
        e.title,
        e.description,
        e.status,
        rome(e.deadline),
        definitions.read(e.definition),
        e.copiedFromId,
        rome(e.publishedAt),
        rome(e.closedAt),
        e.version);
  }

  SurveyRef toRef(SurveyEntity survey) {
    return new SurveyRef(
        survey.id,
        survey.planId,
        survey.districtId,
        survey.title,
        survey.status,
        survey.deadline,
        definitions.read(survey.definition));
  }

  /** Tells the change feed, in this transaction. */
  private void announce(String type, SurveyEntity e, ResourceChanged.Audience audience) {
    changes.fire(
        new ResourceChanged(
            type,
            RESOURCE,
            e.id,
            e.version,
            "/api/v1/surveys/" + e.id,
            e.districtId,
            e.planId,
            audience));
  }
}
