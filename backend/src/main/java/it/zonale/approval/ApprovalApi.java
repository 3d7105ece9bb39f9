package it.zonale.approval;

import it.zonale.shared.error.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * What the approval feature publishes to other features (docs/conventions.md rule 51). Every method
 * applies the caller's checks unless its name says it does not.
 */
@ApplicationScoped
public class ApprovalApi {
  private final ApprovalService service;

  ApprovalApi(ApprovalService service) {
    this.service = service;
  }

  /**
   * Every comune of the ambito votes exactly once; the outcome follows {@link ApprovalTotals}'s
   * rule.
   *
   * @throws DomainException.Forbidden not-your-district
   * @throws DomainException.Conflict approval-exists
   * @throws DomainException.InvalidState plan-not-in-consultation, approval-not-carried, or what an
   *     observer of {@link PlanApproved} throws
   * @throws DomainException.InvalidInput comuni unknown, repeated or missing
   */
  public Approval recordApproval(UUID planId, ApprovalCreate create) {
    return service.recordApproval(planId, create);
  }

  /**
   * The approval by id, for a caller that already checked who may read the plan (the export worker
   * renders the approved edition of a document off the request).
   */
  public java.util.Optional<Approval> approvalById(UUID approvalId) {
    return service.approvalById(approvalId);
  }
}
