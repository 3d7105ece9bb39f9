package it.zonale.calendar;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.Instant;

/**
 * The one HTTP form of every calendar feed: a {@link SessionCalendar} written as iCalendar ({@link
 * IcsWriter}), its media type, its file name and who may cache it. Feeds answer no ETag or
 * Last-Modified: calendar apps poll them whole, and {@code HttpCacheFilter} handles JSON only. The
 * resources only say their path, who may call them and which sessions.
 */
final class IcsResponses {
  static final String TEXT_CALENDAR = "text/calendar; charset=utf-8";

  /** How each event looks, for the operations' descriptions. */
  static final String EVENTS =
      " Each event has UID <sessionId>@zonale, DTSTART and DTEND with TZID=Europe/Rome"
          + " (VTIMEZONE included), SEQUENCE from the session's version and LAST-MODIFIED.";

  /** The description of a 200 answer of a feed. */
  static final String ICALENDAR_OBJECT = "An iCalendar object (METHOD:PUBLISH).";

  /** The OpenAPI media type and size of a feed (the charset is not part of it). */
  static final String MEDIA_TYPE = "text/calendar";

  static final int MAX_LENGTH = 10000000;

  /** The headers of a public feed's answer, for the operations' descriptions. */
  static final String PUBLIC_DISPOSITION = "inline, with a file name ending in .ics";

  static final String PUBLIC_CACHING =
      "public, max-age=300 when read without a token; no-store otherwise";

  /**
   * Calendar apps poll their subscriptions; five minutes of staleness spares the database. {@code
   * SecurityHeadersFilter} keeps it only on answers to requests without a token.
   */
  static final String PUBLIC_CACHE = "public, max-age=300";

  /** One organisation's registrations: neither shared caches nor the browser may keep them. */
  static final String PRIVATE_CACHE = "private, no-store";

  private IcsResponses() {}

  /** A feed anyone who may read its sessions may read, as {@code <fileName>.ics}. */
  static Response publicFeed(String fileName, SessionCalendar calendar) {
    return feed(calendar, fileName, PUBLIC_CACHE);
  }

  /** A feed of one organisation's registrations, as {@code zonale.ics}. */
  static Response privateFeed(SessionCalendar calendar) {
    return feed(calendar, "zonale", PRIVATE_CACHE);
  }

  private static Response feed(SessionCalendar calendar, String fileName, String cacheControl) {
    String ics = IcsWriter.write(calendar.title(), calendar.sessions(), Instant.now());
    return Response.ok(ics, TEXT_CALENDAR)
        .header("Content-Disposition", "inline; filename=\"" + fileName + ".ics\"")
        .header(HttpHeaders.CACHE_CONTROL, cacheControl)
        .build();
  }
}
