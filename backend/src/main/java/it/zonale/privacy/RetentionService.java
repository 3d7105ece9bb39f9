package it.zonale.privacy;

import it.zonale.audit.AuditApi;
import it.zonale.participant.ParticipantApi;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Applies the retention policy of docs/privacy.md to the data the privacy feature answers for: the
 * audit log past its years, and participants inactive past theirs (pseudonymised as on erasure).
 * One replica at a time, by a PostgreSQL advisory lock; the others skip the round.
 */
@ApplicationScoped
class RetentionService {
  private static final Logger LOG = Logger.getLogger(RetentionService.class);

  /** What one run did; {@code ran} is false when another replica held the lock. */
  record Outcome(boolean ran, int auditEntriesDeleted, int participantsErased) {}

  private final PrivacyConfig config;
  private final PrivacyService privacy;
  private final ParticipantApi participants;
  private final AuditApi audit;
  private final ErasureRepository erasures;

  RetentionService(
      PrivacyConfig config,
      PrivacyService privacy,
      ParticipantApi participants,
      AuditApi audit,
      ErasureRepository erasures) {
    this.config = config;
    this.privacy = privacy;
    this.participants = participants;
    this.audit = audit;
    this.erasures = erasures;
  }

  @Transactional
  Outcome apply(Instant now) {
    if (!erasures.tryRetentionLock()) {
      return new Outcome(false, 0, 0);
    }
    int deleted = audit.purgeOlderThan(PrivacyService.yearsBefore(now, config.auditLogYears()));
    int erased = 0;
    int years = config.inactiveParticipantYears();
    for (UUID id :
        participants.anyInactivePeopleSince(
            PrivacyService.yearsBefore(now, years), config.batchSize())) {
      if (privacy.eraseForRetention(id, years)) {
        erased++;
      }
    }
    if (deleted > 0 || erased > 0) {
      LOG.infof(
          "Retention: %d audit entries deleted, %d inactive participants pseudonymised",
          deleted, erased);
    }
    return new Outcome(true, deleted, erased);
  }
}
