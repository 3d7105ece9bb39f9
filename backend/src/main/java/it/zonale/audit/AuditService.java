package it.zonale.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.panache.common.Sort;
import it.zonale.shared.error.DomainException;
import it.zonale.shared.persistence.Timestamps;
import it.zonale.shared.security.AccessRefused;
import it.zonale.shared.security.CurrentUser;
import it.zonale.shared.web.PageQuery;
import it.zonale.shared.web.RequestId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Writes the audit trail inside the caller's transaction (the change and its record commit
 * together) and lets the plan office of a district read it.
 */
@ApplicationScoped
class AuditService {
  /** Bookkeeping fields that change on every write and say nothing about the decision. */
  static final Set<String> NOISE = Set.of("version", "updatedAt", "createdAt");

  private final AuditRepository audit;
  private final CurrentUser user;
  private final ObjectMapper json;

  public AuditService(AuditRepository audit, CurrentUser user, ObjectMapper json) {
    this.audit = audit;
    this.user = user;
    this.json = json;
  }

  /** When a change of this kind to an object of this type was last recorded in the ambito. */
  @Transactional
  public java.util.Optional<java.time.Instant> latestChangeOf(
      String resourceType, AuditAction action, UUID districtId) {
    return audit.latest(resourceType, action, districtId);
  }

  /** Records a change; {@code before} is null for a creation, {@code after} null for a deletion. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void recordChange(
      AuditAction action,
      String resourceType,
      Object resourceId,
      UUID districtId,
      Object before,
      Object after) {
    append(action, resourceType, resourceId, districtId, diff(before, after));
  }

  /**
   * The objects a refused request's path may name, by path parameter: the audit type of each and
   * the query of its ambito. Refusals are recorded here, for every feature, so that each is
   * recorded once and the same way; an id that names no object is not recorded (no log flooding).
   */
  static final Map<String, Located> PATH_OBJECTS =
      Map.ofEntries(
          Map.entry("planId", new Located("plan", "select district_id from plans where id = ?1")),
          Map.entry(
              "phaseId", new Located("phase", "select district_id from plan_phases where id = ?1")),
          Map.entry(
              "tableId",
              new Located("table", "select district_id from thematic_tables where id = ?1")),
          Map.entry(
              "sessionId",
              new Located("session", "select district_id from sessions where id = ?1")),
          Map.entry("callId", new Located("call", "select district_id from calls where id = ?1")),
          Map.entry(
              "contributionId",
              new Located("contribution", "select district_id from contributions where id = ?1")),
          Map.entry(
              "commentId",
              new Located(
                  "document-comment",
                  "select district_id from plan_document_comments where id = ?1")),
          Map.entry(
              "exportId",
              new Located(
                  "document-export",
                  "select p.district_id from plan_document_exports e join plans p on p.id ="
                      + " e.plan_id where e.id = ?1")),
          Map.entry(
              "sectionId",
              new Located(
                  "document-section",
                  "select district_id from plan_document_sections where id = ?1")),
          Map.entry(
              "objectiveId",
              new Located("objective", "select district_id from objectives where id = ?1")),
          Map.entry(
              "indicatorId",
              new Located("indicator", "select district_id from indicators where id = ?1")),
          Map.entry(
              "surveyId", new Located("survey", "select district_id from surveys where id = ?1")),
          Map.entry(
              "responseId",
              new Located(
                  "survey-response",
                  "select s.district_id from survey_responses r join surveys s on s.id ="
                      + " r.survey_id where r.id = ?1")),
          Map.entry(
              "expressionOfInterestId",
              new Located(
                  "expression-of-interest",
                  "select district_id from expressions_of_interest where id = ?1")),
          Map.entry(
              "adhesionId",
              new Located("adhesion", "select district_id from agreement_adhesions where id = ?1")),
          // why: an organisation may work in several ambiti; its refusal is one row, in the first
          Map.entry(
              "organizationId",
              new Located(
                  "organization",
                  "select (select min(d.district_id::text)::uuid from organization_districts d"
                      + " where d.organization_id = o.id) from organizations o where o.id = ?1")),
          Map.entry(
              "participantId",
              new Located(
                  "participant",
                  "select (select min(d.district_id::text)::uuid from organization_districts d"
                      + " where d.organization_id = p.organization_id) from participants p where"
                      + " p.id = ?1")),
          Map.entry(
              "districtId", new Located("district", "select id from districts where id = ?1")));

  /** The audit type of the objects a path parameter names, and the query of their ambito. */
  record Located(String resourceType, String districtQuery) {}

  /**
   * Records that a signed-in caller was refused access to an existing object: the object the
   * refusal named, else the first object its path names, if that exists. Its own transaction, so
   * that the row survives the failed request.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  void onAccessRefused(@Observes AccessRefused refusal) {
    Map<String, Object> changes = new LinkedHashMap<>();
    changes.put("operation", refusal.operation());
    var actor = refusal.actor();
    if (refusal.object().isPresent()) {
      var object = refusal.object().get();
      changes.put("reason", object.reason());
      append(
          actor.id(),
          actor.name(),
          actor.organizationId(),
          AuditAction.ACCESS_DENIED,
          object.resourceType(),
          object.id(),
          object.districtId(),
          changes);
      return;
    }
    changes.put("reason", refusal.reason());
    for (var parameter : refusal.path()) {
      Located located = PATH_OBJECTS.get(parameter.name());
      if (located == null) {
        continue;
      }
      UUID id;
      try {
        id = UUID.fromString(parameter.value());
      } catch (IllegalArgumentException notAnId) {
        return;
      }
      audit
          .districtOf(located.districtQuery(), id)
          .ifPresent(
              district ->
                  append(
                      actor.id(),
                      actor.name(),
                      actor.organizationId(),
                      AuditAction.ACCESS_DENIED,
                      located.resourceType(),
                      id,
                      district.orElse(null),
                      changes));
      // why: only the first object of the path is the one refused; a later one is its child
      return;
    }
  }

  /**
   * @throws DomainException.Forbidden not-your-district
   */
  public AuditPage listAuditEntries(UUID districtId, PageQuery page) {
    if (!user.managesDistrict(districtId)) {
      throw DomainException.Forbidden.of(
          "not-your-district", "Only the plan office of this ambito can read its audit log.");
    }
    return new AuditPage(
        audit.pageOf(districtId, page.limit, page.offset).stream()
            .map(AuditService::toDto)
            .toList(),
        page.limit,
        page.offset,
        audit.countOf(districtId));
  }

  /** The entries where the caller is the actor, newest first. */
  List<AuditEntry> entriesOfCaller(int max) {
    String actor = user.userId().orElse(null);
    if (actor == null) {
      return List.of();
    }
    return audit
        .find("actorId", Sort.descending("occurredAt").and("id", Sort.Direction.Descending), actor)
        .range(0, max - 1)
        .list()
        .stream()
        .map(AuditService::toDto)
        .toList();
  }

  /** The entries about one object, newest first. */
  List<AuditEntry> entriesAbout(String resourceType, String resourceId, int max) {
    return audit
        .find(
            "resourceType = ?1 and resourceId = ?2",
            Sort.descending("occurredAt").and("id", Sort.Direction.Descending),
            resourceType,
            resourceId)
        .range(0, max - 1)
        .list()
        .stream()
        .map(AuditService::toDto)
        .toList();
  }

  /**
   * Rewrites texts inside the changes and an actor's name; the trigger of V096 allows it only while
   * the transaction says so, and never for what, when or which object.
   */
  int pseudonymise(Map<String, String> replacements, String actorName, String actorPseudonym) {
    var em = audit.getEntityManager();
    em.flush();
    em.createNativeQuery("select set_config('zonale.audit_log_pseudonymise', 'on', true)")
        .getSingleResult();
    int changed = 0;
    try {
      for (var replacement : replacements.entrySet()) {
        if (replacement.getKey() == null || replacement.getKey().isBlank()) {
          continue;
        }
        // why: the changes are JSON; a text is found and replaced in its JSON-escaped form, so
        // that quotes or backslashes in a name cannot break the document
        String from = jsonText(replacement.getKey());
        String to = jsonText(replacement.getValue());
        changed +=
            em.createNativeQuery(
                    "update audit_log set changes = replace(changes::text, ?1, ?2)::jsonb"
                        + " where strpos(changes::text, ?1) > 0")
                .setParameter(1, from)
                .setParameter(2, to)
                .executeUpdate();
      }
      if (actorName != null && !actorName.isBlank()) {
        changed +=
            em.createNativeQuery("update audit_log set actor_name = ?2 where actor_name = ?1")
                .setParameter(1, actorName)
                .setParameter(2, actorPseudonym)
                .executeUpdate();
      }
    } finally {
      em.createNativeQuery("select set_config('zonale.audit_log_pseudonymise', 'off', true)")
          .getSingleResult();
    }
    return changed;
  }

  /** Deletes entries older than {@code before}, as the retention policy says (V096's trigger). */
  int purgeOlderThan(java.time.Instant before) {
    var em = audit.getEntityManager();
    em.createNativeQuery("select set_config('zonale.audit_log_retention', 'on', true)")
        .getSingleResult();
    try {
      return em.createNativeQuery("delete from audit_log where occurred_at < ?1")
          .setParameter(1, before)
          .executeUpdate();
    } finally {
      em.createNativeQuery("select set_config('zonale.audit_log_retention', 'off', true)")
          .getSingleResult();
    }
  }

  /** A text as it appears inside a JSON document: escaped, without its quotes. */
  private String jsonText(String text) {
    try {
      String quoted = json.writeValueAsString(text == null ? "" : text);
      return quoted.substring(1, quoted.length() - 1);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The fields that differ between two records, each as {before, after}. */
  @SuppressWarnings("unchecked")
  Map<String, Object> diff(Object before, Object after) {
    Map<String, Object> old = before == null ? Map.of() : json.convertValue(before, Map.class);
    Map<String, Object> now = after == null ? Map.of() : json.convertValue(after, Map.class);
    Map<String, Object> changes = new LinkedHashMap<>();
    Set<String> names = new TreeSet<>(old.keySet());
    names.addAll(now.keySet());
    for (String name : names) {
      if (NOISE.contains(name) || Objects.equals(old.get(name), now.get(name))) {
        continue;
      }
      Map<String, Object> change = new LinkedHashMap<>();
      change.put("before", old.get(name));
      change.put("after", now.get(name));
      changes.put(name, change);
    }
    return changes;
  }

  private void append(
      AuditAction action,
      String resourceType,
      Object resourceId,
      UUID districtId,
      Map<String, Object> changes) {
    append(
        user.userId().orElse("anonymous"),
        user.displayName(),
        user.organizationId().orElse(null),
        action,
        resourceType,
        resourceId,
        districtId,
        changes);
  }

  private void append(
      String actorId,
      String actorName,
      UUID organizationId,
      AuditAction action,
      String resourceType,
      Object resourceId,
      UUID districtId,
      Map<String, Object> changes) {
    AuditEntity e = new AuditEntity();
    e.occurredAt = Timestamps.now();
    e.actorId = actorId;
    e.actorName = actorName;
    e.organizationId = organizationId;
    e.districtId = districtId;
    e.action = action;
    e.resourceType = resourceType;
    e.resourceId = String.valueOf(resourceId);
    e.changes = changes;
    e.requestId = RequestId.current(); // the same id as the request's log lines
    audit.persist(e);
  }

  private static AuditEntry toDto(AuditEntity e) {
    return new AuditEntry(
        e.id,
        e.occurredAt.atOffset(ZoneOffset.UTC),
        e.actorId,
        e.actorName,
        e.organizationId,
        e.districtId,
        e.action,
        e.resourceType,
        e.resourceId,
        e.changes);
  }
}
