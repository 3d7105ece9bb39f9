package it.zonale.plandocument;

import it.zonale.shared.report.ColumnWidths;
import it.zonale.shared.report.Report;
import it.zonale.shared.report.ReportBlock;
import it.zonale.shared.report.ReportChapter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a report as an OpenDocument text file (ODF 1.3, the format Italian public bodies must
 * accept), from the same format-neutral model as the PDF and the DOCX. The four XML parts are
 * written here rather than through a library: the documents use a dozen elements, and ODF Toolkit
 * would add a DOM and its dependencies for that. As the specification requires, the first entry of
 * the zip is {@code mimetype}, stored uncompressed.
 *
 * <p>Headings are {@code text:h} with outline levels (kept with the next paragraph), lists are
 * {@code text:list} with a bullet or a numbered list style, tables have a header row repeated on
 * every page, the pages are A4 with the page number in the footer, and the contents are a {@code
 * text:table-of-content} index pre-filled with the chapters and their page numbers (LibreOffice
 * rebuilds it on Tools › Update).
 */
final class ReportOdt {
  /** Marks the first column style of each table, to number the tables' styles. */
  private static final String COLUMN_STYLE = "<!--table-->";

  static final String MIMETYPE = "application/vnd.oasis.opendocument.text";

  private ReportOdt() {}

  static byte[] render(Report report, List<Integer> chapterPages) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      byte[] mimetype = MIMETYPE.getBytes(StandardCharsets.US_ASCII);
      ZipEntry first = new ZipEntry("mimetype");
      first.setMethod(ZipEntry.STORED);
      first.setSize(mimetype.length);
      CRC32 crc = new CRC32();
      crc.update(mimetype);
      first.setCrc(crc.getValue());
      zip.putNextEntry(first);
      zip.write(mimetype);
      zip.closeEntry();
      entry(zip, "META-INF/manifest.xml", manifest());
      entry(zip, "meta.xml", meta(report));
      entry(zip, "styles.xml", styles(report));
      entry(zip, "content.xml", content(report, chapterPages));
    } catch (IOException e) {
      throw new UncheckedIOException("ODT rendering failed", e);
    }
    return out.toByteArray();
  }

  private static void entry(ZipOutputStream zip, String name, String xml) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(xml.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  private static final String NS =
      " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
          + " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\""
          + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
          + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
          + " xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\""
          + " xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\""
          + " xmlns:xlink=\"http://www.w3.org/1999/xlink\""
          + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
          + " xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\""
          + " xmlns:loext=\"urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0\""
          + " office:version=\"1.3\"";

  private static String manifest() {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        + "<manifest:manifest"
        + " xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\""
        + " manifest:version=\"1.3\">"
        + "<manifest:file-entry manifest:full-path=\"/\" manifest:version=\"1.3\""
        + " manifest:media-type=\""
        + MIMETYPE
        + "\"/>"
        + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
        + "<manifest:file-entry manifest:full-path=\"styles.xml\" manifest:media-type=\"text/xml\"/>"
        + "<manifest:file-entry manifest:full-path=\"meta.xml\" manifest:media-type=\"text/xml\"/>"
        + "</manifest:manifest>";
  }

  private static String meta(Report report) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-meta"
        + NS
        + "><office:meta><meta:generator>Zonale</meta:generator><dc:title>"
        + escape(report.title())
        + "</dc:title>"
        + (report.subtitle() == null
            ? ""
            : "<dc:subject>" + escape(report.subtitle()) + "</dc:subject>")
        + "<meta:initial-creator>Zonale</meta:initial-creator><dc:creator>Zonale</dc:creator>"
        + "<dc:language>"
        + languageTag(report)
        + "</dc:language></office:meta></office:document-meta>";
  }

  private static String languageTag(Report report) {
    return "en".equals(report.language()) ? "en-GB" : "it-IT";
  }

  /** Fonts, the default language, headings, the contents' entries, lists and the A4 page. */
  private static String styles(Report report) {
    String[] tag = languageTag(report).split("-");
    String mark =
        report.pageMark() == null
            ? ""
            : "<style:header><text:p text:style-name=\"Mark\">"
                + escape(report.pageMark())
                + "</text:p></style:header>";
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-styles"
        + NS
        + "><office:font-face-decls>"
        + "<style:font-face style:name=\"Titillium Web\" svg:font-family=\"'Titillium Web'\""
        + " style:font-family-generic=\"swiss\"/></office:font-face-decls>"
        + "<office:styles>"
        + "<style:default-style style:family=\"paragraph\">"
        + "<style:paragraph-properties fo:orphans=\"2\" fo:widows=\"2\"/>"
        + "<style:text-properties style:font-name=\"Titillium Web\" fo:font-size=\"10.5pt\""
        + " fo:language=\""
        + tag[0]
        + "\" fo:country=\""
        + tag[1]
        + "\"/></style:default-style>"
        + "<style:style style:name=\"Standard\" style:family=\"paragraph\" style:class=\"text\"/>"
        + "<style:style style:name=\"Text_20_body\" style:display-name=\"Text body\""
        + " style:family=\"paragraph\" style:parent-style-name=\"Standard\" style:class=\"text\">"
        + "<style:paragraph-properties fo:margin-top=\"0cm\" fo:margin-bottom=\"0.21cm\"/>"
        + "</style:style>"
        + heading(1, "16pt", "#0066cc")
        + heading(2, "13pt", "#1a1a1a")
        + heading(3, "11.5pt", "#1a1a1a")
        + heading(4, "10.5pt", "#1a1a1a")
        + "<style:style style:name=\"Title\" style:family=\"paragraph\""
        + " style:parent-style-name=\"Standard\" style:class=\"chapter\">"
        + "<style:paragraph-properties fo:margin-top=\"7cm\"/>"
        + "<style:text-properties fo:font-size=\"26pt\" fo:font-weight=\"bold\""
        + " fo:color=\"#0066cc\"/></style:style>"
        + "<style:style style:name=\"Subtitle\" style:family=\"paragraph\""
        + " style:parent-style-name=\"Standard\" style:class=\"chapter\">"
        + "<style:text-properties fo:font-size=\"13pt\" fo:color=\"#5c6f82\"/></style:style>"
        + "<style:style style:name=\"Contents_20_Heading\" style:display-name=\"Contents Heading\""
        + " style:family=\"paragraph\" style:parent-style-name=\"Standard\" style:class=\"index\">"
        + "<style:text-properties fo:font-size=\"16pt\" fo:font-weight=\"bold\"/></style:style>"
        + "<style:style style:name=\"Contents_20_1\" style:display-name=\"Contents 1\""
        + " style:family=\"paragraph\" style:parent-style-name=\"Standard\" style:class=\"index\">"
        + "<style:paragraph-properties fo:margin-bottom=\"0.18cm\"><style:tab-stops>"
        + "<style:tab-stop style:position=\"17cm\" style:type=\"right\""
        + " style:leader-style=\"dotted\" style:leader-text=\".\"/>"
        + "</style:tab-stops></style:paragraph-properties></style:style>"
        + "<style:style style:name=\"Table_20_Heading\" style:display-name=\"Table Heading\""
        + " style:family=\"paragraph\" style:parent-style-name=\"Standard\" style:class=\"extra\">"
        + "<style:text-properties fo:font-weight=\"bold\"/></style:style>"
        + "<style:style style:name=\"Table_20_Contents\" style:display-name=\"Table Contents\""
        + " style:family=\"paragraph\" style:parent-style-name=\"Standard\" style:class=\"extra\"/>"
        + "<style:style style:name=\"Caption\" style:family=\"paragraph\""
        + " style:parent-style-name=\"Standard\" style:class=\"extra\">"
        + "<style:paragraph-properties fo:margin-top=\"0.2cm\" fo:margin-bottom=\"0.1cm\""
        + " fo:keep-with-next=\"always\"/>"
        + "<style:text-properties fo:font-weight=\"bold\"/></style:style>"
        + "<style:style style:name=\"Source\" style:family=\"paragraph\""
        + " style:parent-style-name=\"Standard\" style:class=\"extra\">"
        + "<style:paragraph-properties fo:margin-top=\"0.1cm\" fo:margin-bottom=\"0.3cm\"/>"
        + "<style:text-properties fo:font-size=\"8pt\" fo:color=\"#5c6f82\"/></style:style>"
        + "<style:style style:name=\"Footer\" style:family=\"paragraph\""
        + " style:parent-style-name=\"Standard\" style:class=\"extra\">"
        + "<style:paragraph-properties fo:text-align=\"center\"/></style:style>"
        + "<style:style style:name=\"Mark\" style:family=\"paragraph\""
        + " style:parent-style-name=\"Standard\" style:class=\"extra\">"
        + "<style:paragraph-properties fo:text-align=\"end\"/>"
        + "<style:text-properties fo:font-weight=\"bold\" fo:color=\"#a61919\"/></style:style>"
        + listStyle("Bullets", false)
        + listStyle("Numbering", true)
        + "</office:styles>"
        + "<office:automatic-styles><style:page-layout style:name=\"A4\">"
        + "<style:page-layout-properties fo:page-width=\"21cm\" fo:page-height=\"29.7cm\""
        + " style:print-orientation=\"portrait\" fo:margin-top=\"1cm\" fo:margin-bottom=\"1cm\""
        + " fo:margin-left=\"2cm\" fo:margin-right=\"2cm\"/>"
        + "<style:header-style><style:header-footer-properties fo:min-height=\"0cm\""
        + " fo:margin-bottom=\"0.5cm\"/></style:header-style>"
        + "<style:footer-style><style:header-footer-properties fo:min-height=\"0cm\""
        + " fo:margin-top=\"0.5cm\"/></style:footer-style>"
        + "</style:page-layout></office:automatic-styles>"
        + "<office:master-styles><style:master-page style:name=\"Standard\""
        + " style:page-layout-name=\"A4\">"
        + mark
        + "<style:footer><text:p text:style-name=\"Footer\"><text:page-number"
        + " text:select-page=\"current\">1</text:page-number></text:p></style:footer>"
        + "</style:master-page></office:master-styles></office:document-styles>";
  }

  private static String heading(int level, String size, String color) {
    return "<style:style style:name=\"Heading_20_"
        + level
        + "\" style:display-name=\"Heading "
        + level
        + "\" style:family=\"paragraph\" style:parent-style-name=\"Standard\""
        + " style:next-style-name=\"Text_20_body\" style:default-outline-level=\""
        + level
        + "\" style:class=\"text\"><style:paragraph-properties fo:margin-top=\""
        + (level == 1 ? "0cm" : "0.42cm")
        + "\" fo:margin-bottom=\"0.21cm\" fo:keep-with-next=\"always\"/>"
        + "<style:text-properties fo:font-size=\""
        + size
        + "\" fo:font-weight=\"bold\" fo:color=\""
        + color
        + "\"/></style:style>";
  }

  private static String listStyle(String name, boolean numbered) {
    String level =
        "<style:list-level-properties text:list-level-position-and-space-mode=\"label-alignment\">"
            + "<style:list-level-label-alignment text:label-followed-by=\"listtab\""
            + " text:list-tab-stop-position=\"1.27cm\" fo:text-indent=\"-0.635cm\""
            + " fo:margin-left=\"1.27cm\"/></style:list-level-properties>";
    return "<text:list-style style:name=\""
        + name
        + "\">"
        + (numbered
            ? "<text:list-level-style-number text:level=\"1\" style:num-suffix=\".\""
                + " style:num-format=\"1\">"
                + level
                + "</text:list-level-style-number>"
            : "<text:list-level-style-bullet text:level=\"1\" text:bullet-char=\"•\">"
                + level
                + "</text:list-level-style-bullet>")
        + "</text:list-style>";
  }

  private static String content(Report report, List<Integer> pages) {
    StringBuilder x = new StringBuilder(64 * 1024);
    x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content")
        .append(NS)
        .append("><office:automatic-styles>")
        // a paragraph that starts a page
        .append("<style:style style:name=\"Break\" style:family=\"paragraph\"")
        .append(" style:parent-style-name=\"Contents_20_Heading\">")
        .append("<style:paragraph-properties fo:break-before=\"page\"/></style:style>")
        .append("<style:style style:name=\"Chapter\" style:family=\"paragraph\"")
        .append(" style:parent-style-name=\"Heading_20_1\">")
        .append("<style:paragraph-properties fo:break-before=\"page\"/></style:style>")
        .append("<style:style style:name=\"Note\" style:family=\"paragraph\"")
        .append(" style:parent-style-name=\"Standard\">")
        .append("<style:paragraph-properties fo:margin-top=\"0.4cm\"/>")
        .append("<style:text-properties fo:font-size=\"12pt\"/></style:style>")
        .append("<style:style style:name=\"Grid\" style:family=\"table\">")
        .append("<style:table-properties style:width=\"17cm\" table:align=\"left\"/>")
        .append("</style:style>")
        // a table with a source line under it ends on the source's page
        .append("<style:style style:name=\"GridKept\" style:family=\"table\">")
        .append("<style:table-properties style:width=\"17cm\" table:align=\"left\"")
        .append(" fo:keep-with-next=\"always\"/></style:style>")
        .append("<style:style style:name=\"HeadCell\" style:family=\"table-cell\">")
        .append("<style:table-cell-properties fo:background-color=\"#e8f0f8\"")
        .append(" fo:padding=\"0.1cm\" fo:border=\"0.5pt solid #a0a0a0\"/></style:style>")
        .append("<style:style style:name=\"Cell\" style:family=\"table-cell\">")
        .append("<style:table-cell-properties fo:padding=\"0.1cm\"")
        .append(" fo:border=\"0.5pt solid #a0a0a0\"/></style:style>")
        .append("<style:style style:name=\"Row\" style:family=\"table-row\">")
        .append("<style:table-row-properties fo:keep-together=\"always\"/></style:style>")
        .append("</office:automatic-styles><office:body><office:text>");
    boolean english = "en".equals(report.language());

    x.append("<text:p text:style-name=\"Title\">")
        .append(escape(report.title()))
        .append("</text:p>");
    if (report.subtitle() != null) {
      x.append("<text:p text:style-name=\"Subtitle\">")
          .append(escape(report.subtitle()))
          .append("</text:p>");
    }
    for (String note : report.coverNotes()) {
      x.append("<text:p text:style-name=\"Note\">").append(escape(note)).append("</text:p>");
    }

    List<ReportChapter> chapters = report.chapters();
    String contents = english ? "Contents" : "Indice";
    x.append("<text:table-of-content text:name=\"Indice\" text:protected=\"true\">")
        .append("<text:table-of-content-source text:outline-level=\"3\"")
        .append(" text:use-index-marks=\"false\">")
        .append("<text:index-title-template text:style-name=\"Contents_20_Heading\">")
        .append(contents)
        .append("</text:index-title-template>")
        .append("<text:table-of-content-entry-template text:outline-level=\"1\"")
        .append(" text:style-name=\"Contents_20_1\">")
        .append("<text:index-entry-link-start/><text:index-entry-chapter/><text:index-entry-text/>")
        .append("<text:index-entry-tab-stop style:type=\"right\" style:leader-char=\".\"/>")
        .append("<text:index-entry-page-number/><text:index-entry-link-end/>")
        .append("</text:table-of-content-entry-template></text:table-of-content-source>")
        .append("<text:index-body><text:index-title text:name=\"Indice_Head\">")
        .append("<text:p text:style-name=\"Break\">")
        .append(contents)
        .append("</text:p></text:index-title>");
    for (int i = 0; i < chapters.size(); i++) {
      String title = (i + 1) + ". " + chapters.get(i).title();
      x.append("<text:p text:style-name=\"Contents_20_1\"><text:a xlink:type=\"simple\"")
          .append(" xlink:href=\"#")
          .append(escape(anchor(i)))
          .append("\">")
          .append(escape(title));
      if (i < pages.size() && pages.get(i) != null) {
        x.append("<text:tab/>").append(pages.get(i));
      }
      x.append("</text:a></text:p>");
    }
    x.append("</text:index-body></text:table-of-content>");

    for (int i = 0; i < chapters.size(); i++) {
      ReportChapter chapter = chapters.get(i);
      x.append("<text:h text:style-name=\"Chapter\" text:outline-level=\"1\">")
          .append("<text:bookmark text:name=\"")
          .append(escape(anchor(i)))
          .append("\"/>")
          .append(escape((i + 1) + ". " + chapter.title()))
          .append("</text:h>");
      for (ReportBlock block : chapter.blocks()) {
        block(x, block);
      }
    }
    x.append("</office:text></office:body></office:document-content>");
    return x.toString();
  }

  private static String anchor(int chapter) {
    return "capitolo-" + (chapter + 1);
  }

  private static void block(StringBuilder x, ReportBlock block) {
    if (block instanceof ReportBlock.Heading heading) {
      int level = Math.min(Math.max(heading.level(), 2), 4);
      x.append("<text:h text:style-name=\"Heading_20_")
          .append(level)
          .append("\" text:outline-level=\"")
          .append(level)
          .append("\">")
          .append(escape(heading.text()))
          .append("</text:h>");
    } else if (block instanceof ReportBlock.Paragraph paragraph) {
      for (String part : paragraph.text().split("\\n\\s*\\n")) {
        if (part.isBlank()) {
          continue;
        }
        x.append("<text:p text:style-name=\"Text_20_body\">")
            .append(
                String.join(
                    "<text:line-break/>", part.strip().lines().map(ReportOdt::escape).toList()))
            .append("</text:p>");
      }
    } else if (block instanceof ReportBlock.BulletList list) {
      list(x, list.items(), "Bullets");
    } else if (block instanceof ReportBlock.NumberedList list) {
      list(x, list.items(), "Numbering");
    } else if (block instanceof ReportBlock.DataTable table) {
      table(x, table);
    }
  }

  private static void list(StringBuilder x, List<String> items, String style) {
    x.append("<text:list text:style-name=\"").append(style).append("\">");
    for (String item : items) {
      x.append("<text:list-item><text:p text:style-name=\"Text_20_body\">")
          .append(escape(item))
          .append("</text:p></text:list-item>");
    }
    x.append("</text:list>");
  }

  private static void table(StringBuilder x, ReportBlock.DataTable table) {
    if (table.caption() != null) {
      x.append("<text:p text:style-name=\"Caption\">")
          .append(escape(table.caption()))
          .append("</text:p>");
    }
    int cols = table.headers().size();
    x.append("<table:table table:style-name=\"")
        .append(table.source() != null ? "GridKept" : "Grid")
        .append("\">");
    if (cols == 0) {
      x.append("<table:table-column/>");
    }
    String columns = columnStyles(x, ColumnWidths.of(table));
    for (int c = 0; c < cols; c++) {
      x.append("<table:table-column table:style-name=\"")
          .append(columns)
          .append(c + 1)
          .append("\"/>");
    }
    x.append("<table:table-header-rows><table:table-row>");
    for (String h : table.headers()) {
      x.append("<table:table-cell table:style-name=\"HeadCell\" office:value-type=\"string\">")
          .append("<text:p text:style-name=\"Table_20_Heading\">")
          .append(escape(h))
          .append("</text:p></table:table-cell>");
    }
    x.append("</table:table-row></table:table-header-rows>");
    List<List<String>> rows = table.rows();
    if (rows.isEmpty()) {
      x.append("<table:table-row table:style-name=\"Row\">")
          .append("<table:table-cell table:style-name=\"Cell\" office:value-type=\"string\"")
          .append(cols > 1 ? " table:number-columns-spanned=\"" + cols + "\"" : "")
          .append("><text:p text:style-name=\"Table_20_Contents\">dati non disponibili</text:p>")
          .append("</table:table-cell>");
      for (int c = 1; c < cols; c++) {
        x.append("<table:covered-table-cell/>");
      }
      x.append("</table:table-row>");
    }
    for (List<String> row : rows) {
      x.append("<table:table-row table:style-name=\"Row\">");
      for (int c = 0; c < cols; c++) {
        x.append("<table:table-cell table:style-name=\"Cell\" office:value-type=\"string\">")
            .append("<text:p text:style-name=\"Table_20_Contents\">")
            .append(escape(c < row.size() ? row.get(c) : ""))
            .append("</text:p></table:table-cell>");
      }
      x.append("</table:table-row>");
    }
    x.append("</table:table>");
    if (table.source() != null) {
      x.append("<text:p text:style-name=\"Source\">")
          .append(escape(table.source()))
          .append("</text:p>");
    }
  }

  /**
   * Adds one style per column of a new table to the automatic styles already written at the start
   * of {@code x}, and returns their common prefix ({@code T3C} for columns {@code T3C1}…). Each
   * table has its own styles because LibreOffice gives wrong widths to tables sharing column
   * styles. The widths are absolute only: given relative widths too, LibreOffice 7.4 squeezes the
   * middle columns.
   */
  private static String columnStyles(StringBuilder x, List<Double> shares) {
    int end = x.indexOf("</office:automatic-styles>");
    int tables = 0;
    for (int at = x.indexOf(COLUMN_STYLE);
        at >= 0 && at < end;
        at = x.indexOf(COLUMN_STYLE, at + 1)) {
      tables++;
    }
    String prefix = "T" + (tables + 1) + "C";
    StringBuilder styles = new StringBuilder();
    for (int c = 0; c < shares.size(); c++) {
      styles
          .append("<style:style style:name=\"")
          .append(prefix)
          .append(c + 1)
          .append("\" style:family=\"table-column\">")
          .append(c == 0 ? COLUMN_STYLE : "")
          .append("<style:table-column-properties style:column-width=\"")
          .append(String.format(java.util.Locale.ROOT, "%.3fcm", 17.0 * shares.get(c)))
          .append("\"/></style:style>");
    }
    x.insert(end, styles);
    return prefix;
  }

  /** XML text and attribute escaping; control characters XML 1.0 forbids are dropped. */
  static String escape(String text) {
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
        default -> {
          if (c >= 0x20 || c == '\t') {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }
}
