package it.zonale.organization;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/** An organisation (ente) and the ambiti where it works. */
@Entity
@Table(name = "organizations")
class OrganizationEntity extends PanacheEntityBase {
  @Id public UUID id;

  @Column(name = "name", nullable = false)
  public String name;

  @Column(name = "tax_code", nullable = false)
  public String taxCode;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false)
  public OrganizationKind kind;

  @Column(name = "runts_number")
  public String runtsNumber;

  @Enumerated(EnumType.STRING)
  @Column(name = "runts_section")
  public RuntsSection runtsSection;

  /** When a plan office last set or confirmed kind and RUNTS section; null if none ever did. */
  @Column(name = "kind_confirmed_at")
  public Instant kindConfirmedAt;

  /** The user (token subject) of the plan office that did. */
  @Column(name = "kind_confirmed_by")
  public String kindConfirmedBy;

  /** A kind the organisation itself proposed, waiting for a plan office; null when none waits. */
  @Enumerated(EnumType.STRING)
  @Column(name = "proposed_kind")
  public OrganizationKind proposedKind;

  @Enumerated(EnumType.STRING)
  @Column(name = "proposed_runts_section")
  public RuntsSection proposedRuntsSection;

  @Column(name = "email")
  public String email;

  @Column(name = "pec")
  public String pec;

  @ElementCollection
  @CollectionTable(
      name = "organization_districts",
      joinColumns = @JoinColumn(name = "organization_id"))
  @Column(name = "district_id")
  public Set<UUID> districtIds = new LinkedHashSet<>();

  @Version
  @Column(name = "version", nullable = false)
  public long version;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;
}
