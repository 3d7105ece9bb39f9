package it.zonale.notification;

import it.zonale.participant.PreferredLanguage;
import it.zonale.session.Session;
import it.zonale.session.SessionMode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates and places written as a person reads them, in Italian or English, in Italy's time. */
final class MailText {
  static final ZoneId ZONE = ZoneId.of("Europe/Rome");
  private static final DateTimeFormatter IT =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'alle' HH:mm", Locale.ITALIAN);
  private static final DateTimeFormatter EN =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm", Locale.ENGLISH);

  private MailText() {}

  static String when(Instant instant, PreferredLanguage language) {
    return instant.atZone(ZONE).format(language == PreferredLanguage.EN ? EN : IT);
  }

  static String when(OffsetDateTime time, PreferredLanguage language) {
    return when(time.toInstant(), language);
  }

  /** The place, the online link, or both for a hybrid session. */
  static String where(Session session, PreferredLanguage language) {
    String online = language == PreferredLanguage.EN ? "online: " : "online: ";
    if (session.mode() == SessionMode.ONLINE) {
      return online + session.onlineUrl();
    }
    if (session.mode() == SessionMode.HYBRID) {
      String or = language == PreferredLanguage.EN ? " or " : " oppure ";
      return session.place() + or + online + session.onlineUrl();
    }
    return session.place();
  }
}
