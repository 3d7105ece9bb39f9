package it.zonale.calendar;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/** The HTTP form of a calendar feed: its media type, its file name and who may cache it. */
final class IcsResponses {
  static final String TEXT_CALENDAR = "text/calendar; charset=utf-8";

  /**
   * Calendar apps poll their subscriptions; five minutes of staleness spares the database. {@code
   * SecurityHeadersFilter} keeps it only on answers to requests without a token.
   */
  static final String PUBLIC_CACHE = "public, max-age=300";

  /** One organisation's registrations: neither shared caches nor the browser may keep them. */
  static final String PRIVATE_CACHE = "private, no-store";

  private IcsResponses() {}

  static Response publicFeed(String ics, String fileName) {
    return feed(ics, fileName, PUBLIC_CACHE);
  }

  static Response privateFeed(String ics) {
    return feed(ics, "zonale", PRIVATE_CACHE);
  }

  private static Response feed(String ics, String fileName, String cacheControl) {
    return Response.ok(ics, TEXT_CALENDAR)
        .header("Content-Disposition", "inline; filename=\"" + fileName + ".ics\"")
        .header(HttpHeaders.CACHE_CONTROL, cacheControl)
        .build();
  }
}
