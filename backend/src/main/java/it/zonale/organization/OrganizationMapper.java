package it.zonale.organization;

import java.time.ZoneOffset;
import java.util.ArrayList;

/** Maps organisations between entity and API records. */
final class OrganizationMapper {
  private OrganizationMapper() {}

  static Organization toDto(OrganizationEntity e) {
    return new Organization(
        e.id,
        e.name,
        e.taxCode,
        e.kind,
        e.runtsNumber,
        e.runtsSection,
        e.kindConfirmedAt == null ? null : e.kindConfirmedAt.atOffset(ZoneOffset.UTC),
        e.proposedKind,
        e.proposedRuntsSection,
        e.email,
        e.pec,
        new ArrayList<>(e.districtIds),
        e.version,
        e.createdAt.atOffset(ZoneOffset.UTC),
        e.updatedAt.atOffset(ZoneOffset.UTC));
  }
}
