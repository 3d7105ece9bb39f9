package it.zonale.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import it.zonale.shared.error.DomainException;
import it.zonale.shared.persistence.Timestamps;
import it.zonale.shared.security.CurrentUser;
import it.zonale.shared.web.PageQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
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
public class AuditService {
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
   * Records that the caller was refused access to a private object; kept even if the request fails.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void recordDenied(String resourceType, Object resourceId, UUID districtId, String reason) {
    append(
        AuditAction.ACCESS_DENIED, resourceType, resourceId, districtId, Map.of("reason", reason));
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
    AuditEntity e = new AuditEntity();
    e.occurredAt = Timestamps.now();
    e.actorId = user.userId().orElse("anonymous");
    e.actorName = user.displayName();
    e.organizationId = user.organizationId().orElse(null);
    e.districtId = districtId;
    e.action = action;
    e.resourceType = resourceType;
    e.resourceId = String.valueOf(resourceId);
    e.changes = changes;
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
