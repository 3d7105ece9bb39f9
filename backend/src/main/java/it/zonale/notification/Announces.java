package it.zonale.notification;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** The keys a mail stores in {@code notification_outbox.announces}, for its {@link StillTrue}. */
final class Announces {
  /** The registration a mail to a participant is about (the seat, the place in line). */
  static final String REGISTRATION_ID = "registrationId";

  /** When that registration was made: a later registration of the same person starts anew. */
  static final String REGISTERED_AT = "registeredAt";

  /** The organisation a call's or a survey's reminder is for. */
  static final String ORGANIZATION_ID = "organizationId";

  private Announces() {}

  static Map<String, String> registration(UUID registrationId, Instant registeredAt) {
    Map<String, String> announces = new HashMap<>();
    announces.put(REGISTRATION_ID, registrationId.toString());
    if (registeredAt != null) {
      announces.put(REGISTERED_AT, registeredAt.toString());
    }
    return announces;
  }

  static Map<String, String> registration(UUID registrationId) {
    return registration(registrationId, null);
  }

  static Map<String, String> organization(UUID organizationId) {
    return Map.of(ORGANIZATION_ID, organizationId.toString());
  }
}
