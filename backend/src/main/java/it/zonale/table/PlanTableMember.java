package it.zonale.table;

import it.zonale.organization.OrganizationKind;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An organisation admitted to a table of a plan, without its delegates: the public fact of the
 * membership, for lists of a whole plan (the open data).
 */
public record PlanTableMember(
    UUID tableId,
    UUID organizationId,
    String organizationName,
    OrganizationKind organizationKind,
    TableMemberStatus status,
    OffsetDateTime admittedAt) {}
