package it.zonale.participant;

import it.zonale.shared.report.ReportHtml;
import it.zonale.shared.report.ReportPdf;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Lays out an attendance certificate on one A4 page as XHTML rendered by {@link ReportPdf}: a
 * tagged PDF/UA-1 and PDF/A-2a file with embedded fonts (Titillium Web, DejaVu Sans for the letters
 * it lacks), so any name prints as written.
 */
final class CertificatePdf {
  private CertificatePdf() {}

  private static final String CSS =
      """
      @page { size: A4; margin: 22mm 22mm 22mm 22mm; }
      html, body { font-family: 'Titillium Web', 'DejaVu Sans'; color: #1a1a1a; }
      body { font-size: 12pt; line-height: 1.35; text-align: center; }
      header p { margin: 0 0 1mm 0; font-size: 10pt; }
      header p.office { font-size: 13pt; font-weight: bold; }
      header p.plan { font-style: italic; }
      h1 { font-size: 22pt; margin: 17mm 0 12mm 0; color: #0066cc; }
      p { margin: 0 0 2mm 0; }
      p.name { font-size: 18pt; font-weight: bold; }
      p.session { font-size: 14pt; font-weight: bold; margin-bottom: 10mm; }
      table { margin: 0 auto 8mm 0; border-collapse: collapse; text-align: left; font-size: 11pt; }
      th { font-weight: bold; padding: 1mm 6mm 1mm 0; vertical-align: top; text-align: left; }
      td { padding: 1mm 0; vertical-align: top; }
      p.verify { font-size: 9pt; font-style: italic; text-align: left; }
      """;

  static byte[] write(AttendanceCertificate c, Locale locale) {
    boolean en = "en".equals(locale.getLanguage());
    Texts t = en ? Texts.EN : Texts.IT;
    Locale dates = en ? Locale.ENGLISH : Locale.ITALIAN;
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
    String title = t.title + " – " + c.fullName();
    StringBuilder html = new StringBuilder(4096);
    html.append("<!DOCTYPE html>\n<html lang=\"")
        .append(en ? "en" : "it")
        .append("\"><head><meta charset=\"UTF-8\"/><title>")
        .append(e(title))
        .append("</title><meta name=\"author\" content=\"")
        .append(e(t.office + " " + c.districtName()))
        .append("\"/><meta name=\"subject\" content=\"")
        .append(e(c.sessionTitle()))
        .append("\"/><style>")
        .append(CSS)
        .append("</style></head><body><header>");
    html.append("<p class=\"office\">")
        .append(e(t.office + " – " + t.district + " " + c.districtName()))
        .append("</p>");
    if (c.leadBody() != null && !c.leadBody().isBlank()) {
      html.append("<p>").append(e(t.leadBody + ": " + c.leadBody())).append("</p>");
    }
    html.append("<p class=\"plan\">").append(e(c.planTitle())).append("</p></header>");
    html.append("<h1>").append(e(t.title.toUpperCase(dates))).append("</h1>");
    html.append("<p>").append(e(t.certifies)).append("</p>");
    html.append("<p class=\"name\">").append(e(c.fullName())).append("</p>");
    html.append("<p>").append(e(t.onBehalfOf + " " + c.organizationName())).append("</p>");
    html.append("<p>").append(e(t.attended)).append("</p>");
    html.append("<p class=\"session\">“").append(e(c.sessionTitle())).append("”</p>");
    html.append("<table>");
    row(html, t.table, c.tableName() == null ? t.plenary : c.tableName());
    row(html, t.date, day.format(c.startsAt()));
    row(html, t.time, hours);
    row(html, t.duration, t.duration(Duration.between(c.startsAt(), c.endsAt())));
    row(
        html,
        t.place,
        switch (c.mode()) {
          case ONLINE -> t.online;
          case HYBRID -> (c.place() == null ? "" : c.place() + " ") + t.alsoOnline;
          case IN_PERSON -> c.place() == null ? "" : c.place();
        });
    row(html, t.issuedOn, DateTimeFormatter.ofPattern("d MMMM yyyy", dates).format(c.issuedOn()));
    row(html, t.reference, c.registrationId().toString());
    html.append("</table>");
    html.append("<p class=\"verify\">").append(e(t.verify)).append("</p>");
    html.append("</body></html>");
    return ReportPdf.renderHtml(html.toString());
  }

  private static void row(StringBuilder html, String label, String value) {
    html.append("<tr><th scope=\"row\">")
        .append(e(label))
        .append("</th><td>")
        .append(e(value))
        .append("</td></tr>");
  }

  private static String e(String text) {
    return ReportHtml.escape(text);
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
            "ha partecipato all’incontro",
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
            "La presenza risulta dal registro delle presenze tenuto dall’Ufficio di Piano; il codice"
                + " di verifica identifica l’iscrizione all’incontro.");
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
