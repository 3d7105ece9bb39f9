package it.zonale.interest;

import java.util.UUID;

/**
 * Fired, inside the transaction, when an organisation submits its expression of interest or the
 * plan office decides on it; {@code status} is the new one (SUBMITTED, ADMITTED,
 * ADMITTED_CONSULTATIVE or REJECTED).
 */
public record ExpressionOfInterestNotice(
    UUID expressionOfInterestId,
    UUID callId,
    UUID organizationId,
    UUID districtId,
    ExpressionOfInterestStatus status,
    boolean late,
    String reason) {}
