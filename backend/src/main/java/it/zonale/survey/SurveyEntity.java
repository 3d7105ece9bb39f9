package it.zonale.survey;

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
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A needs survey of a plan. The definition is kept as JSON text and read through {@link
 * SurveyDefinitions}, so that its shape is checked by our records, not by the ORM.
 */
@Entity
@Table(name = "surveys")
class SurveyEntity extends PanacheEntityBase {
  @Id public UUID id;

  @Column(name = "plan_id", nullable = false)
  public UUID planId;

  @Column(name = "district_id", nullable = false)
  public UUID districtId;

  @Column(name = "title", nullable = false)
  public String title;

  @Column(name = "description")
  public String description;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  public SurveyStatus status;

  @Column(name = "deadline")
  public Instant deadline;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(name = "definition", nullable = false)
  public String definition;

  @Column(name = "copied_from_id")
  public UUID copiedFromId;

  @Column(name = "published_at")
  public Instant publishedAt;

  @Column(name = "closed_at")
  public Instant closedAt;

  @Version
  @Column(name = "version", nullable = false)
  public long version;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;
}
