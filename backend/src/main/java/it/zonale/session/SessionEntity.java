package it.zonale.session;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A meeting: a plenary of the plan or a meeting of one table. Times are instants. */
@Entity
@Table(name = "sessions")
class SessionEntity extends PanacheEntityBase {
  @Id public UUID id;

  @Column(name = "plan_id", nullable = false)
  public UUID planId;

  @Column(name = "district_id", nullable = false)
  public UUID districtId;

  @Column(name = "table_id")
  public UUID tableId;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false)
  public SessionKind kind;

  @Column(name = "title", nullable = false)
  public String title;

  @Column(name = "starts_at", nullable = false)
  public Instant startsAt;

  @Column(name = "ends_at", nullable = false)
  public Instant endsAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "mode", nullable = false)
  public SessionMode mode;

  @Column(name = "place")
  public String place;

  @Column(name = "online_url")
  public String onlineUrl;

  /** The agenda is read and written whole with its session, so it is one JSON document. */
  @JdbcTypeCode(SqlTypes.JSON)
  @Column(name = "agenda", nullable = false)
  public List<AgendaItem> agenda = new ArrayList<>();

  @Column(name = "capacity")
  public Integer capacity;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  public SessionStatus status;

  @Column(name = "cancellation_reason")
  public String cancellationReason;

  @Version
  @Column(name = "version", nullable = false)
  public long version;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;

  /** Every write moves updatedAt, whichever use case made it (incremental reads rely on it). */
  @jakarta.persistence.PreUpdate
  void touch() {
    updatedAt = it.zonale.shared.persistence.Timestamps.now();
  }
}
