package it.zonale.shared.report;

import java.util.List;

/**
 * Writes a report as XHTML with print CSS: a title page, a table of contents whose page numbers the
 * PDF renderer fills in ({@code target-counter}), and numbered chapters. Every text is escaped.
 */
public final class ReportHtml {
  private ReportHtml() {}

  private static final String CSS =
      """
      @page { size: A4; margin: 22mm 20mm 22mm 20mm;
        @bottom-center { content: counter(page); font-family: 'Titillium Web', 'DejaVu Sans';
          font-size: 9pt; color: #5c6f82; } }
      @page :first { @bottom-center { content: none; } }
      html { font-family: 'Titillium Web', 'DejaVu Sans'; }
      body { font-family: 'Titillium Web', 'DejaVu Sans'; font-size: 10.5pt;
        line-height: 1.4; color: #1a1a1a; orphans: 2; widows: 2; }
      .cover { page-break-after: always; padding-top: 70mm; }
      .cover h1 { font-size: 26pt; color: #0066cc; margin: 0 0 6mm 0; }
      .cover p { font-size: 13pt; color: #5c6f82; margin: 0 0 2mm 0; }
      .cover p.note { font-size: 12pt; color: #1a1a1a; }
      .cover p.note:first-of-type { margin-top: 10mm; font-weight: bold; color: #0066cc; }
      nav { page-break-after: always; }
      nav h2 { font-size: 16pt; }
      nav ol { list-style: none; padding: 0; }
      nav li a { color: #1a1a1a; text-decoration: none; }
      nav li a::after { content: leader('.') target-counter(attr(href), page); }
      section.chapter { page-break-before: always; }
      section.chapter:first-of-type { page-break-before: auto; }
      h2.chapter-title { font-size: 17pt; color: #0066cc; border-bottom: 1px solid #0066cc; padding-bottom: 2mm; }
      h2, h3, h4 { page-break-after: avoid; page-break-inside: avoid; -fs-page-break-min-height: 35mm; }
      h3 { font-size: 13pt; } h4 { font-size: 11.5pt; }
      table { border-collapse: collapse; width: 100%; margin: 3mm 0 1mm 0; font-size: 9pt;
        -fs-table-paginate: paginate; -fs-page-break-min-height: 25mm; }
      caption { text-align: left; font-weight: bold; margin-bottom: 1mm; }
      th, td { border: 1px solid #a9b8c6; padding: 1.2mm 1.8mm; text-align: left; vertical-align: top; }
      th { background: #e8f0f8; }
      tr { page-break-inside: avoid; }
      p.source { font-size: 8.5pt; color: #5c6f82; margin-top: 0; }
      """;

  private static final String MARK_CSS =
      """
      @page { @top-right { content: "%s"; font-family: 'Titillium Web', 'DejaVu Sans'; font-size: 10pt; font-weight: bold; color: #a61919; } }
      """;

  public static String render(Report report) {
    StringBuilder html = new StringBuilder(64 * 1024);
    html.append("<!DOCTYPE html>\n<html lang=\"")
        .append(escape(report.language()))
        .append("\"><head><meta charset=\"UTF-8\"/><title>")
        .append(escape(report.title()))
        .append("</title>")
        .append("<meta name=\"author\" content=\"Zonale\"/>")
        .append("<meta name=\"subject\" content=\"")
        .append(escape(report.subtitle()))
        .append("\"/><style>")
        .append(CSS);
    if (report.pageMark() != null) {
      html.append(MARK_CSS.formatted(report.pageMark().replaceAll("[\"\\\\<>&]", "")));
    }
    html.append("</style>");
    // PDF outline (bookmarks) for readers' navigation panes
    html.append("<bookmarks>");
    List<ReportChapter> chapters = report.chapters();
    for (int i = 0; i < chapters.size(); i++) {
      html.append("<bookmark name=\"")
          .append(escape(number(i) + chapters.get(i).title()))
          .append("\" href=\"#")
          .append(anchor(i, chapters.get(i)))
          .append("\"/>");
    }
    html.append("</bookmarks></head><body>");
    // a short last word of the title ("Po") stays with the one before: no lone word on a line
    html.append("<div class=\"cover\"><h1>")
        .append(escape(report.title()).replaceFirst(" (\\S{1,3})$", "\u00A0$1"))
        .append("</h1>");
    if (report.subtitle() != null) {
      html.append("<p>").append(escape(report.subtitle())).append("</p>");
    }
    for (String note : report.coverNotes()) {
      html.append("<p class=\"note\">").append(escape(note)).append("</p>");
    }
    html.append("</div>");
    html.append("<nav><h2>")
        .append("en".equals(report.language()) ? "Contents" : "Indice")
        .append("</h2><ol>");
    for (int i = 0; i < chapters.size(); i++) {
      html.append("<li><a href=\"#")
          .append(anchor(i, chapters.get(i)))
          .append("\" title=\"")
          .append(escape(chapters.get(i).title()))
          .append("\">")
          .append(escape(number(i) + chapters.get(i).title()))
          .append("</a></li>");
    }
    html.append("</ol></nav>");
    for (int i = 0; i < chapters.size(); i++) {
      ReportChapter chapter = chapters.get(i);
      html.append("<section class=\"chapter\" id=\"")
          .append(anchor(i, chapter))
          .append("\"><h2 class=\"chapter-title\">")
          .append(escape(number(i) + chapter.title()))
          .append("</h2>");
      int[] lastHeading = {2};
      chapter.blocks().forEach(block -> block(html, block, report.language(), lastHeading));
      html.append("</section>");
    }
    return html.append("</body></html>").toString();
  }

  /**
   * @param lastHeading the level of the heading before, so that none is skipped (h2 then h4 is not
   *     a valid structure for PDF/UA, veraPDF 7.4.2-1)
   */
  private static void block(
      StringBuilder html, ReportBlock block, String language, int[] lastHeading) {
    if (block instanceof ReportBlock.Heading heading) {
      int level = Math.min(Math.min(Math.max(heading.level(), 2), 4) + 1, lastHeading[0] + 1);
      lastHeading[0] = level;
      html.append("<h").append(level).append('>').append(escape(heading.text()));
      html.append("</h").append(level).append('>');
    } else if (block instanceof ReportBlock.Paragraph paragraph) {
      for (String part : paragraph.text().split("\\n\\s*\\n")) {
        html.append("<p>").append(escape(part.strip()).replace("\n", "<br/>")).append("</p>");
      }
    } else if (block instanceof ReportBlock.BulletList list) {
      html.append("<ul>");
      list.items().forEach(item -> html.append("<li>").append(escape(item)).append("</li>"));
      html.append("</ul>");
    } else if (block instanceof ReportBlock.NumberedList list) {
      html.append("<ol>");
      list.items().forEach(item -> html.append("<li>").append(escape(item)).append("</li>"));
      html.append("</ol>");
    } else if (block instanceof ReportBlock.DataTable table) {
      html.append("<table>");
      if (table.caption() != null) {
        html.append("<caption>").append(escape(table.caption())).append("</caption>");
      }
      html.append("<thead><tr>");
      table
          .headers()
          .forEach(h -> html.append("<th scope=\"col\">").append(escape(h)).append("</th>"));
      html.append("</tr></thead><tbody>");
      if (table.rows().isEmpty()) {
        // a table without body rows is not a valid table for PDF/UA (veraPDF 7.2-14)
        html.append("<tr><td colspan=\"")
            .append(table.headers().size())
            .append("\">")
            .append("en".equals(language) ? "no data available" : "dati non disponibili")
            .append("</td></tr>");
      }
      for (List<String> row : table.rows()) {
        html.append("<tr>");
        row.forEach(cell -> html.append("<td>").append(escape(cell)).append("</td>"));
        html.append("</tr>");
      }
      html.append("</tbody></table>");
      if (table.source() != null) {
        html.append("<p class=\"source\">").append(escape(table.source())).append("</p>");
      }
    }
  }

  private static String number(int index) {
    return (index + 1) + ". ";
  }

  private static String anchor(int index, ReportChapter chapter) {
    return "ch" + (index + 1) + "-" + chapter.key().replaceAll("[^A-Za-z0-9_-]", "");
  }

  /** XML escaping, and control characters (invalid in XML) dropped. */
  public static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          if (c >= 0x20 || c == '\n' || c == '\t') {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }
}
