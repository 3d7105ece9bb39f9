package it.zonale.response;

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
 * An organisation's answers to a needs survey, one per organisation and survey, shared by its
 * delegates. The answers are kept as the JSON object the client sent (already checked against the
 * definition); their normalised rows live in survey_answers, rewritten on every save.
 */
@Entity
@Table(name = "survey_responses")
class SurveyResponseEntity extends PanacheEntityBase {
  @Id public UUID id;

  @Column(name = "survey_id", nullable = false)
  public UUID surveyId;

  @Column(name = "organization_id", nullable = false)
  public UUID organizationId;

  @Column(name = "subdistrict_id")
  public UUID subdistrictId;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  public SurveyResponseStatus status;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(name = "answers", nullable = false)
  public String answers;

  @Column(name = "submitted_at")
  public Instant submittedAt;

  @Column(name = "reopened_at")
  public Instant reopenedAt;

  @Version
  @Column(name = "version", nullable = false)
  public long version;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;
}
