package it.zonale.participant;

import it.zonale.organization.OrganizationKind;
import java.util.UUID;

/**
 * How many organisations of one kind, and how many of their people, attended one held session:
 * counts only, no person named.
 */
public record SessionAttendanceByKind(
    UUID sessionId, OrganizationKind kind, long organizations, long people) {}
