package it.zonale.approval;

import it.zonale.shared.error.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Test-only stand-in for the plan document's observer: it refuses approvals whose deliberation
 * names it, as the real one does when no document version can be frozen.
 */
@ApplicationScoped
public class RefusingDocumentObserver {
  static final String REFUSE = "RIFIUTA-DOCUMENTO";

  void onApproved(@Observes PlanApproved approved) {
    if (approved.deliberation().contains(REFUSE)) {
      throw DomainException.InvalidState.of(
          "plan-document-not-frozen", "Test observer: no document version to freeze.");
    }
  }
}
