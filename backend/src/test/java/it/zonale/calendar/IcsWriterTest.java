package it.zonale.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import it.zonale.session.AgendaItem;
import it.zonale.session.Session;
import it.zonale.session.SessionDetail;
import it.zonale.session.SessionKind;
import it.zonale.session.SessionMode;
import it.zonale.session.SessionStatus;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import net.fortuna.ical4j.model.Property;
import org.junit.jupiter.api.Test;

class IcsWriterTest {

  @Test
  void foldsAtSeventyFiveOctetsNeverInsideACharacter() {
    String summary = "SUMMARY:" + "Città e qualità: è più facile così. ".repeat(8) + "€𝄞";
    String folded = IcsWriter.fold(summary + "\r\nUID:x@zonale\r\n");
    for (String line : folded.split("\r\n")) {
      assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
      assertThat(line).doesNotContain("\uFFFD");
      assertThat(Character.isLowSurrogate(line.charAt(line.startsWith(" ") ? 1 : 0))).isFalse();
    }
    assertThat(folded).endsWith("\r\nUID:x@zonale\r\n");
    // Unfolding (RFC 5545 §3.1: remove each CRLF followed by one space) gives the line back.
    assertThat(folded.replace("\r\n ", "")).isEqualTo(summary + "\r\nUID:x@zonale\r\n");
  }

  @Test
  void foldsLongItalianTextOnceAtSeventyFiveOctets() {
    String title = "Qualità, fragilità e opportunità: ".repeat(5).strip();
    String notes = "Domiciliarità e integrazione sociosanitaria, così è più facile ".repeat(4);
    Session session =
        new Session(
            UUID.randomUUID(),
            UUID.randomUUID(),
            null,
            SessionKind.PLENARY,
            title,
            OffsetDateTime.parse("2026-09-29T16:30:00+02:00"),
            OffsetDateTime.parse("2026-09-29T18:30:00+02:00"),
            "Europe/Rome",
            SessionMode.IN_PERSON,
            "Sala consiliare, Casalmaggiore",
            null,
            List.of(new AgendaItem("Lettura dei bisogni", notes)),
            null,
            SessionStatus.SCHEDULED,
            null,
            3,
            OffsetDateTime.parse("2026-09-01T10:00:00Z"));

    String ics =
        IcsWriter.write(title, List.of(new SessionDetail(session, Instant.now())), Instant.now());

    // ParsedCalendar checks 75 octets a line, CRLF endings, and no needless fold.
    ParsedCalendar calendar = ParsedCalendar.of(ics);
    var event = calendar.event(session.id());
    assertThat(ParsedCalendar.value(event, Property.SUMMARY)).isEqualTo(title);
    assertThat(ParsedCalendar.value(event, Property.DESCRIPTION))
        .isEqualTo("Lettura dei bisogni: " + notes.strip());
    assertThat(ParsedCalendar.value(event, Property.SEQUENCE)).isEqualTo("3");
  }

  @Test
  void shortLinesStayWhole() {
    assertThat(IcsWriter.fold("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"))
        .isEqualTo("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n");
  }

  @Test
  void userTextLosesLineBreaksAndControlCharacters() {
    assertThat(IcsWriter.oneLine(" Sala\r\nconsiliare\u0007 ")).isEqualTo("Sala consiliare");
  }
}
