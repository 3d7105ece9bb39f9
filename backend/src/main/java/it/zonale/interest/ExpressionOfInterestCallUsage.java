package it.zonale.interest;

import it.zonale.call.CallUsage;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * Tells a call which of its tables expressions of interest ask to join, and whether it was
 * answered.
 */
@ApplicationScoped
class ExpressionOfInterestCallUsage implements CallUsage {
  /** A withdrawn or rejected expression of interest no longer needs its tables in the call. */
  static final Set<ExpressionOfInterestStatus> HOLDING =
      EnumSet.of(
          ExpressionOfInterestStatus.DRAFT,
          ExpressionOfInterestStatus.SUBMITTED,
          ExpressionOfInterestStatus.ADMITTED,
          ExpressionOfInterestStatus.ADMITTED_CONSULTATIVE);

  private final ExpressionOfInterestRepository expressions;

  public ExpressionOfInterestCallUsage(ExpressionOfInterestRepository expressions) {
    this.expressions = expressions;
  }

  @Override
  public Set<UUID> tablesChosen(UUID callId) {
    return expressions.tablesChosen(callId, HOLDING);
  }

  @Override
  public long answersTo(UUID callId) {
    return expressions.countOf(callId);
  }
}
