package it.zonale.calendar;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** Queries on private calendar feeds: by user, and by the hash of a presented key. */
@ApplicationScoped
class CalendarFeedRepository implements PanacheRepositoryBase<CalendarFeedEntity, String> {
  public Optional<CalendarFeedEntity> findByTokenHash(String tokenHash) {
    return find("tokenHash", tokenHash).firstResultOptional();
  }
}
