package it.zonale.calendar;

import it.zonale.session.AgendaItem;
import it.zonale.session.Session;
import it.zonale.session.SessionDetail;
import it.zonale.session.SessionStatus;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/** Writes sessions as an RFC 5545 calendar (one VEVENT each, times in their own time zone). */
final class IcsWriter {
  static final String PRODID = "-//Zonale//Piano di Zona//IT";

  /** RFC 5545 §3.1: content lines SHOULD NOT be longer than 75 octets, the line break excluded. */
  static final int MAX_LINE_OCTETS = 75;

  private static final TimeZoneRegistry TIME_ZONES =
      TimeZoneRegistryFactory.getInstance().createRegistry();

  private IcsWriter() {}

  /**
   * The calendar named {@code name} with one event per session; {@code now} is the DTSTAMP of each.
   */
  static String write(String name, List<SessionDetail> sessions, Instant now) {
    Calendar calendar = new Calendar();
    calendar.add(new ProdId(PRODID));
    calendar.add(ImmutableVersion.VERSION_2_0);
    calendar.add(ImmutableCalScale.GREGORIAN);
    calendar.add(ImmutableMethod.PUBLISH);
    calendar.add(new XProperty("X-WR-CALNAME", oneLine(name)));
    // Each TZID used needs its VTIMEZONE, so that clients keep 16:30 at 16:30 across DST changes.
    Set<String> zones = new LinkedHashSet<>();
    sessions.forEach(s -> zones.add(s.session().timeZone()));
    zones.forEach(zone -> calendar.add(TIME_ZONES.getTimeZone(zone).getVTimeZone()));
    Instant stamp = now.truncatedTo(ChronoUnit.SECONDS);
    sessions.forEach(s -> calendar.add(event(s, stamp)));
    // toString() is the unfolded text that ical4j's CalendarOutputter would fold by characters;
    // we fold it by octets instead (see fold). The outputter's validation is not wanted either:
    // for METHOD:PUBLISH it demands an ORGANIZER, which a plan's public calendar does not have.
    return fold(calendar.toString());
  }

  private static VEvent event(SessionDetail detail, Instant stamp) {
    Session s = detail.session();
    ZoneId zone = ZoneId.of(s.timeZone());
    VEvent event =
        new VEvent(
            s.startsAt().atZoneSameInstant(zone),
            s.endsAt().atZoneSameInstant(zone),
            oneLine(s.title()));
    event.replace(new DtStamp(stamp));
    event.add(new Uid(s.id() + "@zonale"));
    String place = s.place() == null || s.place().isBlank() ? null : oneLine(s.place());
    String link = s.onlineUrl() == null || s.onlineUrl().isBlank() ? null : s.onlineUrl().strip();
    if (place != null || link != null) {
      event.add(
          new Location(place == null ? link : link == null ? place : place + " \u2014 " + link));
    }
    if (link != null) {
      try {
        event.add(new Url(URI.create(link)));
      } catch (IllegalArgumentException notAUri) {
        // The API accepts any https:// text without spaces; a link that is not a valid URI stays
        // in LOCATION only.
      }
    }
    List<String> description = new ArrayList<>();
    if (s.status() == SessionStatus.CANCELLED && s.cancellationReason() != null) {
      // why: calendar apps show the description, so those registered read why it was cancelled
      description.add(oneLine("Annullato / Cancelled: " + s.cancellationReason()));
    }
    s.agenda().stream().map(IcsWriter::agendaLine).forEach(description::add);
    if (!description.isEmpty()) {
      event.add(new Description(String.join("\n", description)));
    }
    event.add(
        s.status() == SessionStatus.CANCELLED
            ? ImmutableStatus.VEVENT_CANCELLED
            : ImmutableStatus.VEVENT_CONFIRMED);
    event.add(new Sequence((int) Math.min(s.version(), Integer.MAX_VALUE)));
    event.add(new LastModified(detail.updatedAt().truncatedTo(ChronoUnit.SECONDS)));
    return event;
  }

  private static String agendaLine(AgendaItem item) {
    String notes = item.notes() == null || item.notes().isBlank() ? "" : ": " + item.notes();
    return oneLine(item.title() + notes);
  }

  /** Line breaks and other control characters of user text become spaces (RFC 5545 TEXT). */
  static String oneLine(String text) {
    return text.replaceAll("[\\p{Cntrl}&&[^\\t]]+", " ").strip();
  }

  /**
   * Folds every content line at {@link #MAX_LINE_OCTETS} octets of UTF-8, never inside a character.
   * Why not ical4j's folding: it counts characters, and an Italian line with accented letters (two
   * octets each) would then run past 75 octets.
   */
  static String fold(String unfolded) {
    StringBuilder out = new StringBuilder(unfolded.length() + unfolded.length() / 24);
    for (String line : unfolded.split("\r\n")) {
      int octets = 0;
      for (int i = 0; i < line.length(); ) {
        int codePoint = line.codePointAt(i);
        int size = utf8Length(codePoint);
        if (octets + size > MAX_LINE_OCTETS) {
          out.append("\r\n ");
          octets = 1;
        }
        out.appendCodePoint(codePoint);
        octets += size;
        i += Character.charCount(codePoint);
      }
      out.append("\r\n");
    }
    return out.toString();
  }

  private static int utf8Length(int codePoint) {
    if (codePoint < 0x80) {
      return 1;
    }
    if (codePoint < 0x800) {
      return 2;
    }
    return codePoint < 0x10000 ? 3 : 4;
  }
}
