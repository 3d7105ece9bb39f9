package it.zonale.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
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

  /** The entries where the caller is the actor, newest first, at most {@code max}. */
  public List<AuditEntry> entriesOfCaller(int max) {
    return service.entriesOfCaller(max);
  }

  /**
   * The entries about one object, newest first, at most {@code max}, WITHOUT access checks: the
   * caller (a personal-data export) has checked that it may read the object.
   */
  public List<AuditEntry> anyEntriesAbout(String resourceType, Object resourceId, int max) {
    return service.entriesAbout(resourceType, String.valueOf(resourceId), max);
  }

  /**
   * Rewrites, in the caller's transaction, every occurrence of each key of {@code replacements} in
   * the entries' changes by its value, and the actor's name where it is {@code actorName} (when
   * given) by {@code actorPseudonym}; what happened, when and to which object stay. WITHOUT access
   * checks: only for an erasure whose caller was checked, or the retention job.
   *
   * @return how many entries changed
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public int pseudonymise(
      Map<String, String> replacements, String actorName, String actorPseudonym) {
    return service.pseudonymise(replacements, actorName, actorPseudonym);
  }

  /**
   * Deletes the entries older than {@code before}, WITHOUT access checks: only for the retention
   * job.
   *
   * @return how many entries were deleted
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public int purgeOlderThan(java.time.Instant before) {
    return service.purgeOlderThan(before);
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
