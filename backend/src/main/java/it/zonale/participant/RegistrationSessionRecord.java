package it.zonale.participant;

import it.zonale.session.SessionRecord;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Tells sessions that registrations (and the attendance kept on them) are part of their record. */
@ApplicationScoped
class RegistrationSessionRecord implements SessionRecord {
  private final RegistrationRepository registrations;

  public RegistrationSessionRecord(RegistrationRepository registrations) {
    this.registrations = registrations;
  }

  @Override
  public boolean holdsRecordOf(UUID sessionId) {
    return registrations.count("sessionId", sessionId) > 0;
  }
}
