package it.zonale.notification;

import it.zonale.participant.PreferredLanguage;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A mail of the outbox about to be sent, as a {@link StillTrue} check sees it: its values as the
 * recipient will read them, what it announces beyond its subject ({@link Announces}), and the
 * instant of the sending (a deadline is compared with it).
 */
record PendingMail(
    UUID id,
    NotificationKind kind,
    UUID subjectId,
    PreferredLanguage language,
    Map<String, String> params,
    Map<String, String> announces,
    Instant sendingAt) {

  /**
   * A value of {@link #announces}, if the mail carries it (mails queued before V083 carry none).
   */
  Optional<String> announced(String key) {
    return Optional.ofNullable(announces).map(a -> a.get(key));
  }

  Optional<UUID> announcedId(String key) {
    return announced(key).map(UUID::fromString);
  }

  Optional<Instant> announcedInstant(String key) {
    return announced(key).map(Instant::parse);
  }

  String param(String key) {
    return params.getOrDefault(key, "");
  }
}
