package it.zonale.table;

import java.util.UUID;

/** Makes an organisation a member of a table with its delegates, as an admission decided. */
public record TableMemberAdmission(
    UUID tableId,
    UUID organizationId,
    TableMemberStatus status,
    UUID titularParticipantId,
    UUID substituteParticipantId,
    UUID expressionOfInterestId) {}
