package it.zonale.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

/** A feed as a calendar app reads it: parsed by ical4j, after checking its line format. */
record ParsedCalendar(String text, Calendar calendar) {

  /** Parses an .ics answer; every line must end in CRLF and be at most 75 octets long. */
  static ParsedCalendar of(String text) {
    assertThat(text).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
    assertThat(text.replace("\r\n", "")).as("no bare CR or LF").doesNotContain("\n", "\r");
    String[] lines = text.split("\r\n");
    for (int i = 0; i < lines.length; i++) {
      int octets = octets(lines[i]);
      assertThat(octets).as("octets of line %s", lines[i]).isLessThanOrEqualTo(75);
      if (i + 1 < lines.length && lines[i + 1].startsWith(" ")) {
        // Folded only where needed: the next character would not have fit on this line.
        String next = new String(Character.toChars(lines[i + 1].codePointAt(1)));
        assertThat(octets + octets(next)).as("needless fold after %s", lines[i]).isGreaterThan(75);
      }
    }
    try {
      return new ParsedCalendar(text, new CalendarBuilder().build(new StringReader(text)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ParserException e) {
      throw new AssertionError("not a valid iCalendar object: " + e.getMessage(), e);
    }
  }

  private static int octets(String text) {
    return text.getBytes(StandardCharsets.UTF_8).length;
  }

  String property(String name) {
    return calendar.getProperty(name).map(Property::getValue).orElse(null);
  }

  List<VEvent> events() {
    return calendar.getComponents(Component.VEVENT);
  }

  List<String> uids() {
    return events().stream().map(e -> value(e, Property.UID)).toList();
  }

  VEvent event(Object sessionId) {
    return events().stream()
        .filter(e -> (sessionId + "@zonale").equals(value(e, Property.UID)))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no VEVENT for session " + sessionId));
  }

  static String value(Component component, String property) {
    return component.getProperty(property).map(Property::getValue).orElse(null);
  }
}
