package it.zonale.privacy;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

/** Erasure records, their numbers, and the lock that lets one replica run the retention job. */
@ApplicationScoped
class ErasureRepository implements PanacheRepositoryBase<ErasureEntity, UUID> {
  public Optional<ErasureEntity> ofParticipant(UUID participantId) {
    return find("participantId", participantId).firstResultOptional();
  }

  /** The next erasure number, for the pseudonym "Persona rimossa n. N". */
  public long nextNumber() {
    return ((Number)
            getEntityManager()
                .createNativeQuery("select nextval('personal_data_erasure_number_seq')")
                .getSingleResult())
        .longValue();
  }

  /**
   * Takes the retention job's lock for the current transaction, if no other replica holds it:
   * PostgreSQL's advisory lock, released at commit.
   */
  public boolean tryRetentionLock() {
    return Boolean.TRUE.equals(
        getEntityManager()
            .createNativeQuery(
                "select pg_try_advisory_xact_lock(hashtext('zonale-privacy-retention'))")
            .getSingleResult());
  }
}
