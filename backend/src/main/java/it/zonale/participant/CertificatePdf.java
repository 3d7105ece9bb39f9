package it.zonale.participant;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Lays out an attendance certificate on one A4 page with PDFBox. Helvetica with WinAnsiEncoding
 * covers Italian (à è é ì ò ù) and the other Latin-1 accents; any other letter is written without
 * its accent, or as "?", so that no name can make the document fail.
 */
final class CertificatePdf {
  private static final float MARGIN = 64;
  private static final PDFont REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
  private static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
  private static final PDFont ITALIC = new PDType1Font(Standard14Fonts.FontName.HELVETICA_OBLIQUE);

  private CertificatePdf() {}

  static byte[] write(AttendanceCertificate c, Locale locale) {
    boolean en = "en".equals(locale.getLanguage());
    Texts t = en ? Texts.EN : Texts.IT;
    Locale dates = en ? Locale.ENGLISH : Locale.ITALIAN;
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      doc.getDocumentCatalog().setLanguage(en ? "en" : "it");
      PDDocumentInformation info = doc.getDocumentInformation();
      info.setTitle(t.title + " - " + safe(c.fullName()));
      info.setAuthor(t.office + " " + safe(c.districtName()));
      info.setCreator("Zonale");
      Calendar created = new GregorianCalendar(TimeZone.getTimeZone(ZoneId.of("Europe/Rome")));
      info.setCreationDate(created);
      try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
        Layout l = new Layout(out, page.getMediaBox());
        l.centered(t.office + " - " + t.district + " " + c.districtName(), BOLD, 13);
        if (c.leadBody() != null && !c.leadBody().isBlank()) {
          l.centered(t.leadBody + ": " + c.leadBody(), REGULAR, 10);
        }
        l.centered(c.planTitle(), ITALIC, 10);
        l.space(48);
        l.centered(t.title.toUpperCase(dates), BOLD, 22);
        l.space(36);
        l.centered(t.certifies, REGULAR, 12);
        l.space(6);
        l.centered(c.fullName(), BOLD, 18);
        l.space(4);
        l.centered(t.onBehalfOf + " " + c.organizationName(), REGULAR, 12);
        l.space(6);
        l.centered(t.attended, REGULAR, 12);
        l.space(6);
        l.centered("\u201C" + c.sessionTitle() + "\u201D", BOLD, 14);
        l.space(30);

        DateTimeFormatter day = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", dates);
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm");
        String hours =
            time.format(c.startsAt())
                + " - "
                + (c.endsAt().toLocalDate().equals(c.startsAt().toLocalDate())
                    ? ""
                    : DateTimeFormatter.ofPattern("d/M/yyyy ").format(c.endsAt()))
                + time.format(c.endsAt())
                + " ("
                + t.romeTime
                + ")";
        l.row(t.table, c.tableName() == null ? t.plenary : c.tableName());
        l.row(t.date, day.format(c.startsAt()));
        l.row(t.time, hours);
        l.row(t.duration, t.duration(Duration.between(c.startsAt(), c.endsAt())));
        l.row(
            t.place,
            switch (c.mode()) {
              case ONLINE -> t.online;
              case HYBRID -> (c.place() == null ? "" : c.place() + " ") + t.alsoOnline;
              case IN_PERSON -> c.place() == null ? "" : c.place();
            });
        l.space(30);
        l.row(
            t.issuedOn,
            DateTimeFormatter.ofPattern(en ? "d MMMM yyyy" : "d MMMM yyyy", dates)
                .format(c.issuedOn()));
        l.row(t.reference, c.registrationId().toString());
        l.space(12);
        l.wrapped(t.verify, ITALIC, 9);
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      doc.save(bytes);
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The text as the font can show it: controls become spaces, letters the encoding lacks lose their
   * accent (NFD) or become "?".
   */
  static String safe(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    text.codePoints()
        .forEach(
            cp -> {
              String s = Character.isISOControl(cp) ? " " : new String(Character.toChars(cp));
              if (encodable(s)) {
                out.append(s);
                return;
              }
              String base = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
              out.append(!base.isEmpty() && encodable(base) ? base : "?");
            });
    return out.toString();
  }

  private static boolean encodable(String s) {
    try {
      REGULAR.encode(s);
      return true;
    } catch (IOException | IllegalArgumentException e) {
      return false;
    }
  }

  /** Writes lines from the top of the page down. */
  private static final class Layout {
    private final PDPageContentStream out;
    private final PDRectangle box;
    private float y;

    Layout(PDPageContentStream out, PDRectangle box) {
      this.out = out;
      this.box = box;
      this.y = box.getHeight() - MARGIN;
    }

    void space(float points) {
      y -= points;
    }

    void centered(String text, PDFont font, float size) throws IOException {
      for (String line : lines(safe(text), font, size, box.getWidth() - 2 * MARGIN)) {
        float width = font.getStringWidth(line) / 1000 * size;
        show(line, font, size, (box.getWidth() - width) / 2);
      }
    }

    void wrapped(String text, PDFont font, float size) throws IOException {
      for (String line : lines(safe(text), font, size, box.getWidth() - 2 * MARGIN)) {
        show(line, font, size, MARGIN);
      }
    }

    /** A label on the left and its value beside it, wrapped in its column. */
    void row(String label, String value) throws IOException {
      float column = MARGIN + 130;
      float top = y;
      show(safe(label), BOLD, 11, MARGIN);
      y = top;
      List<String> lines = lines(safe(value), REGULAR, 11, box.getWidth() - MARGIN - column);
      for (String line : lines.isEmpty() ? List.of("") : lines) {
        show(line, REGULAR, 11, column);
      }
      y -= 4;
    }

    private void show(String line, PDFont font, float size, float x) throws IOException {
      y -= size * 1.35f;
      out.beginText();
      out.setFont(font, size);
      out.newLineAtOffset(x, y);
      out.showText(line);
      out.endText();
    }

    private static List<String> lines(String text, PDFont font, float size, float width)
        throws IOException {
      List<String> lines = new ArrayList<>();
      StringBuilder line = new StringBuilder();
      for (String word : text.strip().split("\\s+")) {
        String candidate = line.isEmpty() ? word : line + " " + word;
        if (!line.isEmpty() && font.getStringWidth(candidate) / 1000 * size > width) {
          lines.add(line.toString());
          line = new StringBuilder(word);
        } else {
          line = new StringBuilder(candidate);
        }
      }
      if (!line.isEmpty()) {
        lines.add(line.toString());
      }
      return lines;
    }
  }

  /** The wording in one language. */
  private record Texts(
      String office,
      String district,
      String leadBody,
      String title,
      String certifies,
      String onBehalfOf,
      String attended,
      String table,
      String plenary,
      String date,
      String time,
      String romeTime,
      String duration,
      String hour,
      String hours,
      String minutes,
      String and,
      String place,
      String online,
      String alsoOnline,
      String issuedOn,
      String reference,
      String verify) {
    static final Texts IT =
        new Texts(
            "Ufficio di Piano",
            "Ambito territoriale",
            "Ente capofila",
            "Attestato di partecipazione",
            "Si attesta che",
            "in rappresentanza di",
            "ha partecipato all'incontro",
            "Tavolo",
            "Assemblea plenaria",
            "Data",
            "Orario",
            "ora italiana",
            "Durata",
            "ora",
            "ore",
            "minuti",
            "e",
            "Luogo",
            "Online",
            "e online",
            "Rilasciato il",
            "Codice di verifica",
            "La presenza risulta dal registro delle presenze tenuto dall'Ufficio di Piano; il codice"
                + " di verifica identifica l'iscrizione all'incontro.");
    static final Texts EN =
        new Texts(
            "Plan office (Ufficio di Piano)",
            "Ambito",
            "Lead body",
            "Certificate of attendance",
            "This is to certify that",
            "on behalf of",
            "attended the incontro",
            "Tavolo",
            "Plenary (assemblea plenaria)",
            "Date",
            "Time",
            "Italian time",
            "Duration",
            "hour",
            "hours",
            "minutes",
            "",
            "Place",
            "Online",
            "and online",
            "Issued on",
            "Verification code",
            "Attendance is taken from the attendance register kept by the plan office; the"
                + " verification code identifies the registration to the incontro.");

    String duration(Duration d) {
      long h = d.toHours();
      long m = d.toMinutesPart();
      List<String> parts = new ArrayList<>();
      if (h > 0) {
        parts.add(h + " " + (h == 1 ? hour : hours));
      }
      if (m > 0 || h == 0) {
        parts.add(m + " " + minutes);
      }
      return String.join(and.isEmpty() ? " " : " " + and + " ", parts);
    }
  }
}
