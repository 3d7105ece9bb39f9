package it.zonale.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One row of the append-only audit log. */
@Entity
@Immutable
@Table(name = "audit_log")
class AuditEntity extends PanacheEntityBase {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "occurred_at", nullable = false)
  public Instant occurredAt;

  @Column(name = "actor_id", nullable = false)
  public String actorId;

  @Column(name = "actor_name", nullable = false)
  public String actorName;

  @Column(name = "organization_id")
  public UUID organizationId;

  @Column(name = "district_id")
  public UUID districtId;

  @Enumerated(EnumType.STRING)
  @Column(name = "action", nullable = false)
  public AuditAction action;

  @Column(name = "resource_type", nullable = false)
  public String resourceType;

  @Column(name = "resource_id", nullable = false)
  public String resourceId;

  /** Field name to {"before": …, "after": …}. */
  @JdbcTypeCode(SqlTypes.JSON)
  @Column(name = "changes", nullable = false)
  public Map<String, Object> changes;

  @Column(name = "request_id")
  public String requestId;
}
