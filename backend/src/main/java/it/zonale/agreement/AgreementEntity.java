package it.zonale.agreement;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The accordo di programma of one plan, with its signatories in order. */
@Entity
@Table(name = "agreements")
class AgreementEntity extends PanacheEntityBase {
  @Id public UUID id;

  @Column(name = "plan_id", nullable = false)
  public UUID planId;

  @Column(name = "district_id", nullable = false)
  public UUID districtId;

  @Column(name = "title", nullable = false)
  public String title;

  @Column(name = "deliberation_reference")
  public String deliberationReference;

  @Column(name = "summary")
  public String summary;

  @Column(name = "signed_on")
  public LocalDate signedOn;

  @Column(name = "valid_from")
  public LocalDate validFrom;

  @Column(name = "valid_to")
  public LocalDate validTo;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  public AgreementStatus status;

  @Column(name = "signed_at")
  public Instant signedAt;

  /** Rewritten whole on every save: the plan office edits the list as one. */
  @ElementCollection
  @CollectionTable(name = "agreement_signatories", joinColumns = @JoinColumn(name = "agreement_id"))
  @OrderColumn(name = "position")
  public List<SignatoryEmbeddable> signatories = new ArrayList<>();

  @Version
  @Column(name = "version", nullable = false)
  public long version;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;
}
