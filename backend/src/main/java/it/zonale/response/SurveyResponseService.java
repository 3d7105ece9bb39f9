package it.zonale.response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import it.zonale.audit.AuditAction;
import it.zonale.audit.AuditApi;
import it.zonale.district.DistrictApi;
import it.zonale.district.Subdistrict;
import it.zonale.organization.OrganizationApi;
import it.zonale.organization.OrganizationContact;
import it.zonale.organization.OrganizationKind;
import it.zonale.organization.OrganizationRef;
import it.zonale.shared.error.DomainException;
import it.zonale.shared.error.DomainException.FieldProblem;
import it.zonale.shared.error.FieldCode;
import it.zonale.shared.persistence.Timestamps;
import it.zonale.shared.persistence.Versions;
import it.zonale.shared.security.CurrentUser;
import it.zonale.shared.web.PageQuery;
import it.zonale.survey.SurveyApi;
import it.zonale.survey.SurveyRef;
import it.zonale.survey.SurveyStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The organisations of a survey's ambito answer it, one response per organisation whichever
 * delegate types; the plan office follows who answered, reopens a response and reminds those who
 * have not. Saving a SUBMITTED response keeps it SUBMITTED (its submittedAt too), so it must stay
 * complete: such a save is checked as fully as a submission.
 */
@ApplicationScoped
class SurveyResponseService {
  static final String RESOURCE = "survey-response";
  static final ZoneId ZONE = ZoneId.of("Europe/Rome");

  private final SurveyResponseRepository responses;
  private final SurveyApi surveys;
  private final OrganizationApi organizations;
  private final DistrictApi districts;
  private final Event<SurveyReminderNotice> reminders;
  private final CurrentUser user;
  private final AuditApi audit;
  private final ObjectMapper json;

  public SurveyResponseService(
      SurveyResponseRepository responses,
      SurveyApi surveys,
      OrganizationApi organizations,
      DistrictApi districts,
      Event<SurveyReminderNotice> reminders,
      CurrentUser user,
      AuditApi audit,
      ObjectMapper json) {
    this.responses = responses;
    this.surveys = surveys;
    this.organizations = organizations;
    this.districts = districts;
    this.reminders = reminders;
    this.user = user;
    this.audit = audit;
    this.json = json;
  }

  /**
   * @throws DomainException.NotFound survey-not-found, survey-response-not-found
   * @throws DomainException.Forbidden no-organization, organization-not-in-district
   */
  public SurveyResponse getMyResponse(UUID surveyId) {
    SurveyRef survey = surveys.readableSurvey(surveyId);
    OrganizationRef org = answeringOrganization(survey);
    return toDto(
        responses
            .findOf(surveyId, org.id())
            .orElseThrow(() -> DomainException.NotFound.of(RESOURCE, "of your organisation")),
        survey,
        org);
  }

  /**
   * The survey as the caller's organisation answers it, with its response so far.
   *
   * @throws DomainException.Forbidden no-organization, organization-not-in-district
   */
  public SurveyForm getMyForm(UUID surveyId) {
    SurveyRef survey = surveys.readableSurvey(surveyId);
    OrganizationRef org = answeringOrganization(survey);
    SurveyResponseEntity e = responses.findOf(surveyId, org.id()).orElse(null);
    return new SurveyForm(
        survey.id(),
        survey.planId(),
        survey.title(),
        survey.status(),
        offset(survey.deadline()),
        survey.definition(),
        districts.getDistrict(survey.districtId()).subdistricts(),
        editable(survey, e, Timestamps.now()),
        e == null ? null : toDto(e, survey, org));
  }

  /**
   * Creates or autosaves the caller's organisation's response. A draft may be incomplete but each
   * value must fit its question; a submitted one must stay complete.
   *
   * @throws DomainException.InvalidState survey-closed, invalid-answers (422, with pointers)
   * @throws DomainException.StaleVersion stale-version
   */
  @Transactional
  public SurveyResponse saveMyResponse(UUID surveyId, SurveyResponseSave save) {
    SurveyRef survey = surveys.readableSurvey(surveyId);
    OrganizationRef org = answeringOrganization(survey);
    SurveyResponseEntity existing = responses.findOf(surveyId, org.id()).orElse(null);
    Instant now = Timestamps.now();
    if (existing == null) {
      requireOpen(survey, null, now);
      if (save.version() != null) {
        throw DomainException.NotFound.of(RESOURCE, "of your organisation");
      }
      checkAnswers(survey, save.answers(), save.subdistrictId(), false);
      UUID id = UUID.randomUUID();
      if (!responses.insertIfAbsent(
          id, surveyId, org.id(), save.subdistrictId(), write(save.answers()), now)) {
        // why: another delegate of the organisation started it an instant ago
        throw DomainException.StaleVersion.of(RESOURCE, -1, 0);
      }
      responses.rewriteAnswers(id, surveyId, rows(survey, save.answers()));
      SurveyResponseEntity created = responses.findById(id);
      SurveyResponse dto = toDto(created, survey, org);
      audit.recordChange(AuditAction.CREATE, RESOURCE, id, survey.districtId(), null, summary(dto));
      return dto;
    }
    if (save.version() == null) {
      throw DomainException.StaleVersion.of(RESOURCE, -1, existing.version);
    }
    Versions.require(RESOURCE, save.version(), existing.version);
    requireOpen(survey, existing, now);
    checkAnswers(
        survey,
        save.answers(),
        save.subdistrictId(),
        existing.status == SurveyResponseStatus.SUBMITTED);
    existing.answers = write(save.answers());
    existing.subdistrictId = save.subdistrictId();
    existing.updatedAt = now;
    responses.flush();
    responses.rewriteAnswers(existing.id, surveyId, rows(survey, save.answers()));
    return toDto(existing, survey, org);
  }

  /**
   * Submits the caller's organisation's response after checking it fully. A reopened response
   * submitted again is closed again (reopenedAt cleared).
   *
   * @throws DomainException.InvalidState survey-closed, invalid-answers,
   *     survey-response-already-submitted
   */
  @Transactional
  public SurveyResponse submitMyResponse(UUID surveyId, SurveyResponseVersion body) {
    SurveyRef survey = surveys.readableSurvey(surveyId);
    OrganizationRef org = answeringOrganization(survey);
    SurveyResponseEntity e =
        responses
            .findOf(surveyId, org.id())
            .orElseThrow(() -> DomainException.NotFound.of(RESOURCE, "of your organisation"));
    Versions.require(RESOURCE, body.version(), e.version);
    Instant now = Timestamps.now();
    requireOpen(survey, e, now);
    if (e.status == SurveyResponseStatus.SUBMITTED) {
      throw DomainException.InvalidState.of(
          "survey-response-already-submitted",
          "Your organisation's response is already submitted; save it to change it.");
    }
    checkAnswers(survey, read(e.answers), e.subdistrictId, true);
    SurveyResponse before = toDto(e, survey, org);
    e.status = SurveyResponseStatus.SUBMITTED;
    e.submittedAt = now;
    e.reopenedAt = null;
    e.updatedAt = now;
    responses.flush();
    SurveyResponse after = toDto(e, survey, org);
    audit.recordChange(
        AuditAction.STATUS_CHANGE,
        RESOURCE,
        e.id,
        survey.districtId(),
        summary(before),
        summary(after));
    return after;
  }

  /**
   * @throws DomainException.Forbidden not-your-district (plan office of another ambito)
   */
  public SurveyResponsePage listResponses(
      UUID surveyId, SurveyResponseStatus status, PageQuery page) {
    SurveyRef survey = surveys.readableSurvey(surveyId);
    requireOffice(survey);
    List<SurveyResponseEntity> rows = responses.page(surveyId, status, page.limit, page.offset);
    Map<UUID, OrganizationRef> orgs =
        organizations.refsOf(rows.stream().map(r -> r.organizationId).toList());
    return new SurveyResponsePage(
        rows.stream().map(r -> toDto(r, survey, orgs.get(r.organizationId))).toList(),
        page.limit,
        page.offset,
        responses.count(surveyId, status));
  }

  /**
   * The plan office of the ambito, or the organisation that owns it; anyone else gets 404.
   *
   * @throws DomainException.NotFound survey-response-not-found
   */
  public SurveyResponse getResponse(UUID id) {
    SurveyResponseEntity e = find(id);
    SurveyRef survey = readableOr404(e);
    boolean own = user.organizationId().map(e.organizationId::equals).orElse(false);
    if (!own && !user.managesDistrict(survey.districtId())) {
      throw DomainException.NotFound.hidden(
          RESOURCE, id, survey.districtId(), "a response of another organisation");
    }
    return toDto(e, survey, organizations.refsOf(Set.of(e.organizationId)).get(e.organizationId));
  }

  /**
   * The plan office lets the organisation edit and submit its response once more, also after the
   * deadline or once the survey is closed; a submitted response goes back to DRAFT.
   *
   * @throws DomainException.InvalidState survey-response-already-reopened
   */
  @Transactional
  public SurveyResponse reopenResponse(UUID id, SurveyResponseVersion body) {
    SurveyResponseEntity e = find(id);
    SurveyRef survey = readableOr404(e);
    if (!user.managesDistrict(survey.districtId())) {
      throw DomainException.NotFound.hidden(
          RESOURCE, id, survey.districtId(), "reopening by someone who is not its plan office");
    }
    Versions.require(RESOURCE, body.version(), e.version);
    if (e.reopenedAt != null) {
      throw DomainException.InvalidState.of(
          "survey-response-already-reopened", "This response is already reopened.");
    }
    OrganizationRef org = organizations.refsOf(Set.of(e.organizationId)).get(e.organizationId);
    SurveyResponse before = toDto(e, survey, org);
    Instant now = Timestamps.now();
    e.status = SurveyResponseStatus.DRAFT;
    e.submittedAt = null;
    e.reopenedAt = now;
    e.updatedAt = now;
    responses.flush();
    SurveyResponse after = toDto(e, survey, org);
    audit.recordChange(
        AuditAction.STATUS_CHANGE,
        RESOURCE,
        e.id,
        survey.districtId(),
        summary(before),
        summary(after));
    return after;
  }

  /** Who was expected to answer and how far they are; counted in SQL. */
  public SurveyCompletion getCompletion(UUID surveyId, PageQuery page) {
    SurveyRef survey = surveys.readableSurvey(surveyId);
    requireOffice(survey);
    UUID district = survey.districtId();
    Map<String, String> subdistrictNames =
        districts.getDistrict(district).subdistricts().stream()
            .collect(Collectors.toMap(s -> s.id().toString(), Subdistrict::name));
    List<KindCompletion> byKind =
        responses.byKind(surveyId, district).stream()
            .map(c -> new KindCompletion(OrganizationKind.valueOf(c.group()), counts(c)))
            .toList();
    List<SubdistrictCompletion> bySubdistrict =
        responses.bySubdistrict(surveyId, district).stream()
            .map(
                c ->
                    new SubdistrictCompletion(
                        c.group() == null ? null : UUID.fromString(c.group()),
                        c.group() == null ? null : subdistrictNames.get(c.group()),
                        counts(c)))
            .toList();
    List<SurveyResponseRepository.Pending> pending =
        responses.pending(surveyId, district, page.limit, page.offset);
    Map<UUID, OrganizationRef> orgs =
        organizations.refsOf(pending.stream().map(p -> p.organizationId()).toList());
    List<PendingOrganization> items =
        pending.stream()
            .map(
                p -> {
                  OrganizationRef org = orgs.get(p.organizationId());
                  return new PendingOrganization(
                      p.organizationId(),
                      org.name(),
                      org.kind(),
                      p.responseId(),
                      offset(p.lastSavedAt()));
                })
            .toList();
    return new SurveyCompletion(
        surveyId,
        counts(responses.total(surveyId, district)),
        byKind,
        bySubdistrict,
        new PendingOrganizationPage(
            items, page.limit, page.offset, responses.countPending(surveyId, district)));
  }

  /**
   * Queues one e-mail to each organisation that has not submitted; one a day per organisation at
   * most.
   *
   * @throws DomainException.InvalidState survey-closed
   */
  @Transactional
  public SurveyReminderResult sendReminders(UUID surveyId) {
    SurveyRef survey = surveys.readableSurvey(surveyId);
    requireOffice(survey);
    Instant now = Timestamps.now();
    requireOpen(survey, null, now);
    Set<UUID> pending = responses.pendingIds(surveyId, survey.districtId());
    List<OrganizationContact> contacts =
        organizations.anyContactsInForMail(survey.districtId()).stream()
            .filter(c -> pending.contains(c.id()))
            .toList();
    int queued = 0;
    for (OrganizationContact contact : contacts) {
      if (remind(
          survey.id(), survey.planId(), survey.title(), survey.deadline(), contact, false, now)) {
        queued++;
      }
    }
    return new SurveyReminderResult(
        queued, contacts.size() - queued, pending.size() - contacts.size());
  }

  /**
   * The automatic reminder, once per deadline, to the organisations that have not submitted a
   * survey due within {@code lead}.
   *
   * @return how many were queued
   */
  @Transactional
  public int queueDeadlineReminders(Instant now, java.time.Duration lead) {
    int queued = 0;
    for (var survey : responses.surveysDueBetween(now, now.plus(lead))) {
      Set<UUID> pending = responses.pendingIds(survey.id(), survey.districtId());
      for (OrganizationContact contact : organizations.anyContactsInForMail(survey.districtId())) {
        if (pending.contains(contact.id())
            && remind(
                survey.id(),
                survey.planId(),
                survey.title(),
                survey.deadline(),
                contact,
                true,
                now)) {
          queued++;
        }
      }
    }
    return queued;
  }

  /** Asks the notification feature, by event, to queue the reminder; whether it was queued. */
  private boolean remind(
      UUID surveyId,
      UUID planId,
      String title,
      Instant deadline,
      OrganizationContact contact,
      boolean automatic,
      Instant now) {
    SurveyReminderNotice notice =
        SurveyReminderNotice.of(surveyId, planId, title, deadline, contact, automatic, now);
    reminders.fire(notice);
    return notice.wasQueued();
  }

  private SurveyResponseEntity find(UUID id) {
    return responses
        .findByIdOptional(id)
        .orElseThrow(() -> DomainException.NotFound.of(RESOURCE, id));
  }

  /** A response of a survey the caller may not read does not exist for them. */
  private SurveyRef readableOr404(SurveyResponseEntity e) {
    try {
      return surveys.readableSurvey(e.surveyId);
    } catch (DomainException.NotFound notFound) {
      throw DomainException.NotFound.hidden(
          RESOURCE,
          e.id,
          notFound.refused().map(DomainException.RefusedObject::districtId).orElse(null),
          "a response to a survey the caller may not read");
    }
  }

  /** The caller's organisation, which must work in the survey's ambito and not be its office. */
  private OrganizationRef answeringOrganization(SurveyRef survey) {
    UUID id =
        user.organizationId()
            .orElseThrow(
                () ->
                    DomainException.Forbidden.of(
                        "no-organization",
                        "Your account acts for no organisation: ask your plan office to link it to"
                            + " one."));
    OrganizationRef org = organizations.refsOf(Set.of(id)).get(id);
    if (org == null
        || !org.districtIds().contains(survey.districtId())
        || org.kind() == OrganizationKind.CONSORTIUM) {
      throw DomainException.Forbidden.of(
          "organization-not-in-district",
          "Your organisation does not work in this survey's ambito, so it is not asked to answer"
              + " it.");
    }
    return org;
  }

  private void requireOffice(SurveyRef survey) {
    if (!user.managesDistrict(survey.districtId())) {
      throw DomainException.Forbidden.of(
          "not-your-district", "Only the plan office of the survey's ambito may do this.");
    }
  }

  private static boolean editable(SurveyRef survey, SurveyResponseEntity e, Instant now) {
    if (e != null && e.reopenedAt != null) {
      return true;
    }
    return survey.status() == SurveyStatus.PUBLISHED
        && survey.deadline() != null
        && now.isBefore(survey.deadline());
  }

  private static void requireOpen(SurveyRef survey, SurveyResponseEntity e, Instant now) {
    if (!editable(survey, e, now)) {
      throw DomainException.InvalidState.of(
          "survey-closed",
          survey.status() == SurveyStatus.CLOSED
              ? "The survey is closed: answers can no longer be changed unless the plan office"
                  + " reopens your response."
              : "The survey's deadline has passed: answers can no longer be changed unless the"
                  + " plan office reopens your response.");
    }
  }

  private void checkAnswers(
      SurveyRef survey, ObjectNode answers, UUID subdistrictId, boolean full) {
    List<FieldProblem> problems =
        new ArrayList<>(SurveyAnswers.check(survey.definition(), answers, full));
    List<Subdistrict> subdistricts = districts.getDistrict(survey.districtId()).subdistricts();
    if (subdistrictId != null
        && subdistricts.stream().noneMatch(s -> s.id().equals(subdistrictId))) {
      problems.add(
          new FieldProblem(
              "/subdistrictId",
              FieldCode.UNKNOWN_REFERENCE,
              "No sub-ambito with this id in the survey's ambito."));
    } else if (full && subdistrictId == null && !subdistricts.isEmpty()) {
      problems.add(
          new FieldProblem(
              "/subdistrictId", FieldCode.REQUIRED, "Say which sub-ambito you answer for."));
    }
    if (!problems.isEmpty()) {
      throw DomainException.InvalidState.withErrors(
          "invalid-answers", "Some answers do not fit the survey's questions.", problems);
    }
  }

  private String rows(SurveyRef survey, ObjectNode answers) {
    ArrayNode rows = json.createArrayNode();
    for (SurveyAnswers.Row row : SurveyAnswers.rows(survey.definition(), answers)) {
      ObjectNode r = rows.addObject();
      r.put("question_key", row.questionKey());
      r.put("item_key", row.itemKey());
      r.put("ordinal", row.ordinal());
      r.put("option_key", row.optionKey());
      r.put("number_value", row.numberValue());
      r.put("text_value", row.textValue());
      r.put("date_value", row.dateValue() == null ? null : row.dateValue().toString());
    }
    return rows.toString();
  }

  private String write(ObjectNode answers) {
    try {
      return json.writeValueAsString(answers);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("answers cannot be written", e);
    }
  }

  private ObjectNode read(String stored) {
    try {
      return (ObjectNode) json.readTree(stored);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored answers are unreadable", e);
    }
  }

  private SurveyResponse toDto(SurveyResponseEntity e, SurveyRef survey, OrganizationRef org) {
    return new SurveyResponse(
        e.id,
        e.surveyId,
        e.organizationId,
        org == null ? "" : org.name(),
        org == null ? OrganizationKind.OTHER_ETS : org.kind(),
        e.subdistrictId,
        e.status,
        read(e.answers),
        offset(e.submittedAt),
        offset(e.reopenedAt),
        editable(survey, e, Timestamps.now()),
        offset(survey.deadline()),
        offset(e.createdAt),
        offset(e.updatedAt),
        e.version);
  }

  /** What the audit log keeps of a response: its state, not the answers typed at each save. */
  private static Map<String, Object> summary(SurveyResponse r) {
    Map<String, Object> m = new java.util.LinkedHashMap<>();
    m.put("status", r.status());
    m.put("organizationId", r.organizationId());
    m.put("submittedAt", r.submittedAt());
    m.put("reopenedAt", r.reopenedAt());
    return m;
  }

  private static CompletionCounts counts(SurveyResponseRepository.Counts c) {
    return new CompletionCounts(c.expected(), c.submitted(), c.draft(), c.notStarted());
  }

  private static OffsetDateTime offset(Instant instant) {
    return instant == null ? null : instant.atZone(ZONE).toOffsetDateTime();
  }
}
