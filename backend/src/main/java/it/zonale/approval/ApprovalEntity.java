package it.zonale.approval;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The recorded approval of a plan; written once, never changed. */
@Entity
@Table(name = "plan_approvals")
class ApprovalEntity extends PanacheEntityBase {
  @Id public UUID id;

  @Column(name = "plan_id", nullable = false)
  public UUID planId;

  @Column(name = "district_id", nullable = false)
  public UUID districtId;

  @Column(name = "assembly_date", nullable = false)
  public LocalDate assemblyDate;

  @Column(name = "deliberation", nullable = false)
  public String deliberation;

  @Column(name = "document_version")
  public Integer documentVersion;

  @Column(name = "notes")
  public String notes;

  @Column(name = "total_population", nullable = false)
  public long totalPopulation;

  @ElementCollection
  @CollectionTable(name = "plan_approval_votes", joinColumns = @JoinColumn(name = "approval_id"))
  public List<VoteRow> votes = new ArrayList<>();

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  /** A comune's vote with its name and population copied at the time of the vote. */
  @Embeddable
  public record VoteRow(
      @Column(name = "istat_code", nullable = false) String istatCode,
      @Column(name = "municipality_name", nullable = false) String municipalityName,
      @Column(name = "population", nullable = false) int population,
      @Enumerated(EnumType.STRING) @Column(name = "vote", nullable = false) VoteChoice vote) {}
}
