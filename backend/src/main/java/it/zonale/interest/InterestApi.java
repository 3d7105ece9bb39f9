package it.zonale.interest;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.UUID;

/**
 * What the interest feature publishes to other features (docs/conventions.md rule 51). Every method
 * applies the caller's checks unless its name says it does not.
 */
@ApplicationScoped
public class InterestApi {
  private final ExpressionOfInterestService expressionOfInterestService;

  InterestApi(ExpressionOfInterestService expressionOfInterestService) {
    this.expressionOfInterestService = expressionOfInterestService;
  }

  /**
   * The organisations that have submitted an expression of interest in the call (whatever happened
   * to it since), WITHOUT access checks: only for the deadline reminders sent by jobs.
   */
  public Set<UUID> anyOrganizationsThatAnswered(UUID callId) {
    return expressionOfInterestService.organizationsThatAnswered(callId);
  }
}
