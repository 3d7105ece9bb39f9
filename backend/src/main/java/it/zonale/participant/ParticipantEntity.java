package it.zonale.participant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A person who takes part in sessions for an organisation. */
@Entity
@Table(name = "participants")
class ParticipantEntity extends PanacheEntityBase {
  @Id public UUID id;

  @Column(name = "organization_id", nullable = false)
  public UUID organizationId;

  @Column(name = "full_name", nullable = false)
  public String fullName;

  @Column(name = "organization_role")
  public String organizationRole;

  @Column(name = "email")
  public String email;

  @Enumerated(EnumType.STRING)
  @Column(name = "preferred_language", nullable = false)
  public PreferredLanguage preferredLanguage = PreferredLanguage.IT;

  @Version
  @Column(name = "version", nullable = false)
  public long version;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  /** When the person was erased (pseudonymised, without e-mail); null otherwise. */
  @Column(name = "erased_at")
  public Instant erasedAt;
}
