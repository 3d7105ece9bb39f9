package it.zonale.organization;

import java.util.Set;
import java.util.UUID;

/** What other features need to know of an organisation: its name, kind and ambiti. */
public record OrganizationRef(UUID id, String name, OrganizationKind kind, Set<UUID> districtIds) {}
