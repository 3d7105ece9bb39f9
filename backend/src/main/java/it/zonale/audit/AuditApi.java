package it.zonale.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * What the audit feature publishes to other features (docs/conventions.md rule 51): recording a
 * change in the caller's transaction. Refusals are recorded by the audit feature itself.
 */
@ApplicationScoped
public class AuditApi {
  private final AuditService service;

  AuditApi(AuditService service) {
    this.service = service;
  }

  /**
   * Records a change inside the caller's transaction (there must be one); {@code before} is null
   * for a creation, {@code after} null for a deletion.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void recordChange(
      AuditAction action,
      String resourceType,
      Object resourceId,
      UUID districtId,
      Object before,
      Object after) {
    service.recordChange(action, resourceType, resourceId, districtId, before, after);
  }

  /**
   * When a change of this kind to an object of this type was last recorded in the ambito (empty:
   * never), WITHOUT access checks: a time only, for the validators of public data whose rows can be
   * deleted (a deletion leaves no other trace).
   */
  public java.util.Optional<java.time.Instant> anyLatestChangeOf(
      String resourceType, AuditAction action, UUID districtId) {
    return service.latestChangeOf(resourceType, action, districtId);
  }
}
