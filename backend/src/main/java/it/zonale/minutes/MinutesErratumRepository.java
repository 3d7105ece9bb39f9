package it.zonale.minutes;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Errata of approved minutes, by session and number. */
@ApplicationScoped
class MinutesErratumRepository implements PanacheRepositoryBase<MinutesErratumEntity, UUID> {
  public List<MinutesErratumEntity> ofSession(UUID sessionId) {
    return list("sessionId = ?1 order by number", sessionId);
  }

  public Optional<MinutesErratumEntity> find(UUID sessionId, int number) {
    return find("sessionId = ?1 and number = ?2", sessionId, number).firstResultOptional();
  }
}
