package it.zonale.plandocument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import it.zonale.shared.document.DocumentType;
import it.zonale.shared.report.Report;
import it.zonale.shared.report.ReportPdf;
import it.zonale.support.OdfValidator;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;

/**
 * The ODT is a valid OpenDocument package (mimetype first and stored, well-formed parts, a
 * manifest) with the same structure as the DOCX: outline headings, real lists, repeated table
 * header rows, A4 pages with page numbers and contents pre-filled with page numbers.
 */
class ReportOdtTest {

  @Test
  void isAnOpenDocumentPackageWithMimetypeFirstAndUncompressed() throws Exception {
    byte[] odt = ReportOdt.render(ReportDocxTest.report(), List.of());

    // local file header: signature, ..., method at offset 8 (0 = stored), name at 30
    ByteBuffer header = ByteBuffer.wrap(odt).order(ByteOrder.LITTLE_ENDIAN);
    assertThat(header.getInt(0)).isEqualTo(0x04034b50);
    assertThat(header.getShort(8)).isZero();
    int nameLength = header.getShort(26);
    int extraLength = header.getShort(28);
    assertThat(new String(odt, 30, nameLength, StandardCharsets.US_ASCII)).isEqualTo("mimetype");
    assertThat(extraLength).isZero();
    assertThat(
            new String(
                odt, 30 + nameLength, ReportOdt.MIMETYPE.length(), StandardCharsets.US_ASCII))
        .isEqualTo(ReportOdt.MIMETYPE);
    assertThat(DocumentType.ODT.matches(odt)).isTrue();

    Map<String, String> parts = ReportDocxTest.unzip(odt);
    assertThat(parts)
        .containsKeys("META-INF/manifest.xml", "content.xml", "styles.xml", "meta.xml");
    var factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    for (String part : List.of("META-INF/manifest.xml", "content.xml", "styles.xml", "meta.xml")) {
      factory
          .newDocumentBuilder()
          .parse(new ByteArrayInputStream(parts.get(part).getBytes(StandardCharsets.UTF_8)));
    }
  }

  @Test
  void hasTheDocumentStructureAndPrefilledContents() throws Exception {
    Report report = ReportDocxTest.report().withPageMark("Bozza");
    List<Integer> pages = ReportDocx.chapterPages(ReportPdf.render(report));
    Map<String, String> parts = ReportDocxTest.unzip(ReportOdt.render(report, pages));
    String content = parts.get("content.xml");
    String styles = parts.get("styles.xml");

    assertThat(content)
        .contains("<text:h text:style-name=\"Chapter\" text:outline-level=\"1\">")
        .contains("<text:list text:style-name=\"Bullets\">")
        .contains("<text:list text:style-name=\"Numbering\">")
        .contains("<table:table-header-rows>")
        .contains("<text:table-of-content ")
        .contains("2. Gli obiettivi<text:tab/>" + pages.get(1) + "</text:a>")
        .doesNotContain("•")
        // the table has a source line: it ends on the source's page
        .contains("<table:table table:style-name=\"GridKept\">");
    var columns =
        java.util.regex.Pattern.compile(
                "style:name=\"T1C\\d\" style:family=\"table-column\">(?:<!--table-->)?"
                    + "<style:table-column-properties style:column-width=\"([0-9.]+)cm\"")
            .matcher(content)
            .results()
            .map(m -> Double.parseDouble(m.group(1)))
            .toList();
    // "Comune 150" needs more room than "15000": widths follow the content, not equal columns,
    // and together they fill the 17 cm of text width
    assertThat(columns).hasSize(2);
    assertThat(columns.get(0)).isGreaterThan(columns.get(1));
    assertThat(columns.get(0) + columns.get(1)).isCloseTo(17, within(0.01));
    assertThat(content)
        .contains("<table:table-column table:style-name=\"T1C1\"/>")
        .contains("<table:table-column table:style-name=\"T1C2\"/>");
    assertThat(styles)
        .contains("fo:language=\"it\" fo:country=\"IT\"")
        .contains("fo:page-width=\"21cm\" fo:page-height=\"29.7cm\"")
        .contains("<text:page-number")
        .contains("fo:keep-with-next=\"always\"")
        .contains(">Bozza<");
    assertThat(parts.get("meta.xml"))
        .contains("<dc:title>Piano di Zona 2025-2027</dc:title>")
        .contains("<meta:initial-creator>Zonale</meta:initial-creator>")
        .contains("<dc:language>it-IT</dc:language>");
  }

  @Test
  void conformsToOdf13ForTheOdfToolkitValidatorWhichRefusesABrokenOne() throws Exception {
    Path dir = Files.createDirectories(Path.of("target", "odf-validation"));
    Path good = dir.resolve("report.odt");
    Files.write(good, ReportOdt.render(ReportDocxTest.report(), List.of(3, 5)));
    assertThat(OdfValidator.problems(good)).isEmpty();
    assertThat(OdfValidator.output(good))
        .anyMatch(l -> l.endsWith("Info: ODF version of root document: 1.3"))
        .anyMatch(l -> l.endsWith("content.xml:  Info: no errors, no warnings"));

    // the same package with an element ODF does not have: the validator must say so
    Path bad = dir.resolve("broken.odt");
    Files.write(bad, withContent(Files.readAllBytes(good), "<text:p ", "<text:bogus/><text:p "));
    assertThat(OdfValidator.problems(bad)).anyMatch(l -> l.contains("Error:"));
  }

  /** The ODT with one replacement in content.xml, mimetype still first and stored. */
  static byte[] withContent(byte[] odt, String find, String replace) throws Exception {
    var out = new java.io.ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(odt));
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        byte[] data = in.readAllBytes();
        if (e.getName().equals("content.xml")) {
          data =
              new String(data, StandardCharsets.UTF_8)
                  .replaceFirst(java.util.regex.Pattern.quote(find), replace)
                  .getBytes(StandardCharsets.UTF_8);
        }
        ZipEntry copy = new ZipEntry(e.getName());
        if (e.getName().equals("mimetype")) {
          CRC32 crc = new CRC32();
          crc.update(data);
          copy.setMethod(ZipEntry.STORED);
          copy.setSize(data.length);
          copy.setCrc(crc.getValue());
        }
        zip.putNextEntry(copy);
        zip.write(data);
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }
}
