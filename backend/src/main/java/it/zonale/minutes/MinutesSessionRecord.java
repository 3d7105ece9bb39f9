package it.zonale.minutes;

import it.zonale.session.SessionRecord;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Tells sessions that minutes, draft or approved, are part of their record. */
@ApplicationScoped
class MinutesSessionRecord implements SessionRecord {
  private final MinutesRepository minutes;

  public MinutesSessionRecord(MinutesRepository minutes) {
    this.minutes = minutes;
  }

  @Override
  public boolean holdsRecordOf(UUID sessionId) {
    return minutes.findByIdOptional(sessionId).isPresent();
  }
}
