package it.zonale.calendar;

import java.time.Instant;

/** A freshly made feed key, in clear only between the service and the resource that shows it. */
record CalendarFeedKey(String key, Instant createdAt) {}
