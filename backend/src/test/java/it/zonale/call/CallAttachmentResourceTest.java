package it.zonale.call;

import static it.zonale.support.Tokens.OGLIO_PO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import it.zonale.attachment.AttachmentApi;
import it.zonale.support.ApiTest;
import it.zonale.support.Tokens;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CallAttachmentResourceTest extends ApiTest {
  static final String PDF = "application/pdf";
  static final String ODT = "application/vnd.oasis.opendocument.text";
  static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  final String office = Tokens.consortium(OGLIO_PO);
  String attachments;

  @BeforeEach
  void aCallOfAPublishedPlan() {
    List<String> areas = policyAreaIds(1);
    var plan = publish(office, createPlan(office, OGLIO_PO, areas));
    var table = createTable(office, plan.get("id"), areas);
    var call = openCall(office, plan.get("id"), daysFromNow(10), List.of(table.get("id")));
    attachments = "/api/v1/calls/" + call.get("id") + "/attachments";
  }

  Response upload(String mediaType, String filename, byte[] content) {
    return as(office)
        .contentType(mediaType)
        .queryParam("filename", filename)
        .body(content)
        .post(attachments);
  }

  @Test
  void aPdfIsStoredAndDownloadedByteForByteWithItsDigest() throws Exception {
    byte[] pdf = onePagePdf("Invito al Terzo settore");
    String name = "Invito è Terzo settore*.pdf";
    String id =
        upload(PDF, name, pdf)
            .then()
            .statusCode(201)
            .header("Location", containsString(attachments + "/"))
            .body("filename", equalTo(name))
            .body("mediaType", equalTo(PDF))
            .body("size", equalTo(pdf.length))
            .body("sha256", equalTo(sha256(pdf)))
            .extract()
            .path("id");
    anonymous()
        .get(attachments)
        .then()
        .statusCode(200)
        .body("total", equalTo(1))
        .body("items[0].id", equalTo(id))
        .body("items[0].sha256", equalTo(sha256(pdf)));

    Response download = anonymous().accept("*/*").get(attachments + "/" + id);
    download
        .then()
        .statusCode(200)
        .contentType(PDF)
        .header("X-Content-Type-Options", "nosniff")
        .header(
            "Content-Disposition",
            equalTo(
                "attachment; filename=\"Invito _ Terzo settore_.pdf\";"
                    + " filename*=UTF-8''Invito%20%C3%A8%20Terzo%20settore%2A.pdf"));
    byte[] body = download.asByteArray();
    assertThat(body).isEqualTo(pdf);
    assertThat(sha256(body)).isEqualTo(sha256(pdf));

    as(Tokens.withRole("ets", OGLIO_PO)).delete(attachments + "/" + id).then().statusCode(403);
    as(office).delete(attachments + "/" + id).then().statusCode(204);
    anonymous().accept("*/*").get(attachments + "/" + id).then().statusCode(404);
    anonymous().get(attachments).then().body("total", equalTo(0));
  }

  @Test
  @SuppressWarnings("unchecked")
  void theAuditLogAndTheProblemsNameTheCallsAttachment() {
    String id =
        upload(PDF, "Allegato A.pdf", onePagePdf("Allegato A"))
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    as(office).delete(attachments + "/" + id).then().statusCode(204);
    anonymous()
        .accept("*/*")
        .get(attachments + "/" + id)
        .then()
        .statusCode(404)
        .body("type", equalTo(PROBLEM + "call-attachment-not-found"));

    // The shared attachment component records the owner's own record (callId), as before it.
    List<Map<String, Object>> entries =
        as(office)
            .get("/api/v1/districts/" + OGLIO_PO + "/audit-entries?limit=100")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items.findAll { it.resourceId == '" + id + "' }");
    assertThat(entries).extracting(e -> e.get("action")).containsExactly("DELETE", "CREATE");
    assertThat(entries).extracting(e -> e.get("resourceType")).containsOnly("call-attachment");
    assertThat((Map<String, Object>) entries.get(1).get("changes"))
        .containsKeys("callId", "filename", "sha256")
        .doesNotContainKeys("ownerId", "districtId");
  }

  @Test
  void anOdtAndADocxBuiltHereAreAccepted() throws IOException {
    upload(ODT, "Allegato A.odt", odt()).then().statusCode(201).body("mediaType", equalTo(ODT));
    upload(DOCX, "Allegato A.docx", docx(DOCX_MAIN))
        .then()
        .statusCode(201)
        .body("mediaType", equalTo(DOCX));
    anonymous().get(attachments).then().body("total", equalTo(2));
  }

  @Test
  void aFileWhoseContentIsNotTheDeclaredTypeIsRefused() throws IOException {
    byte[] text = "Manifestazione d'interesse: vedi allegato.".getBytes(StandardCharsets.UTF_8);
    byte[] exe = new byte[4096];
    exe[0] = 'M';
    exe[1] = 'Z';
    Map<String, Object[]> cases = new LinkedHashMap<>();
    cases.put("a text file sent as a PDF", new Object[] {PDF, text});
    cases.put("a renamed .exe sent as a PDF", new Object[] {PDF, exe});
    cases.put("a PDF declared as DOCX", new Object[] {DOCX, onePagePdf("x")});
    cases.put("a PDF declared as ODT", new Object[] {ODT, onePagePdf("x")});
    cases.put("an ODT declared as DOCX", new Object[] {DOCX, odt()});
    cases.put(
        "a spreadsheet declared as DOCX",
        new Object[] {
          DOCX, docx("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml")
        });
    cases.put("a ZIP signature and nothing else", new Object[] {ODT, new byte[] {'P', 'K', 3, 4}});
    for (var c : cases.entrySet()) {
      upload((String) c.getValue()[0], "allegato", (byte[]) c.getValue()[1])
          .then()
          .statusCode(415)
          .contentType(startsWith("application/problem+json"))
          .body("type", equalTo(PROBLEM + "attachment-type-mismatch"))
          .body("detail", containsString("its content is not"));
    }
    upload("text/plain", "allegato.txt", text)
        .then()
        .statusCode(415)
        .contentType(startsWith("application/problem+json"));
    upload(PDF, "vuoto.pdf", new byte[0]).then().statusCode(400);
    anonymous().get(attachments).then().body("total", equalTo(0));
  }

  @Test
  void aFileNameIsAPlainName() {
    byte[] pdf = onePagePdf("x");
    for (String bad : List.of("../../etc/passwd", "C:\\temp\\invito.pdf", "a\u0007b.pdf", "..")) {
      upload(PDF, bad, pdf)
          .then()
          .statusCode(400)
          .body("errors[0].pointer", equalTo("filename"))
          .body("errors[0].code", equalTo("invalid-format"));
    }
    upload(PDF, "x".repeat(201), pdf)
        .then()
        .statusCode(400)
        .body("errors[0].pointer", equalTo("filename"))
        .body("errors[0].code", equalTo("too-long"));
    as(office)
        .contentType(PDF)
        .body(pdf)
        .post(attachments)
        .then()
        .statusCode(400)
        .body("errors[0].pointer", equalTo("filename"))
        .body("errors[0].code", equalTo("required"));
    anonymous().get(attachments).then().body("total", equalTo(0));
  }

  @Test
  void tenMegabytesFitAndElevenAre413() {
    byte[] limit = padded(onePagePdf("x"), AttachmentApi.MAX_BYTES);
    String id =
        upload(PDF, "grande.pdf", limit)
            .then()
            .statusCode(201)
            .body("size", equalTo(AttachmentApi.MAX_BYTES))
            .extract()
            .path("id");
    as(office).delete(attachments + "/" + id).then().statusCode(204);
    byte[] tooLarge = padded(onePagePdf("x"), 11 * 1024 * 1024);
    // With 100-continue the client waits for the verdict on the headers (Content-Length) before
    // sending 11 MB; without it the refusal closes the connection while the client is writing.
    as(office)
        .header("Expect", "100-continue")
        .contentType(PDF)
        .queryParam("filename", "troppo.pdf")
        .body(tooLarge)
        .post(attachments)
        .then()
        .statusCode(413)
        .contentType(startsWith("application/problem+json"))
        .body("type", equalTo(PROBLEM + "payload-too-large"))
        .body("status", equalTo(413));
    anonymous().get(attachments).then().body("total", equalTo(0));
  }

  @Test
  void theHttpBodyLimitIsTheAttachmentLimit() {
    // A lower HTTP limit would refuse legal attachments, a higher one let large JSON be buffered.
    MemorySize limit =
        ConfigProvider.getConfig().getValue("quarkus.http.limits.max-body-size", MemorySize.class);
    assertThat(limit.asLongValue()).isEqualTo(AttachmentApi.MAX_BYTES);
  }

  /** A valid one-page PDF 1.4 with its cross-reference table, written by hand. */
  static byte[] onePagePdf(String text) {
    String stream = "BT /F1 18 Tf 72 720 Td (" + text + ") Tj ET";
    List<String> objects =
        List.of(
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
                + " /Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Length " + stream.length() + " >>\nstream\n" + stream + "\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
    StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
    StringBuilder xref = new StringBuilder("xref\n0 6\n0000000000 65535 f \n");
    for (int i = 0; i < objects.size(); i++) {
      xref.append(String.format("%010d 00000 n \n", pdf.length()));
      pdf.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
    }
    int start = pdf.length();
    pdf.append(xref)
        .append("trailer\n<< /Size 6 /Root 1 0 R >>\nstartxref\n")
        .append(start)
        .append("\n%%EOF\n");
    return pdf.toString().getBytes(StandardCharsets.US_ASCII);
  }

  /** The PDF followed by a comment line long enough to reach exactly this size. */
  static byte[] padded(byte[] pdf, int size) {
    byte[] out = new byte[size];
    System.arraycopy(pdf, 0, out, 0, pdf.length);
    out[pdf.length] = '%';
    java.util.Arrays.fill(out, pdf.length + 1, size - 1, (byte) 'x');
    out[size - 1] = '\n';
    return out;
  }

  static final String DOCX_MAIN =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

  /** An OpenDocument text: the stored "mimetype" entry first, as ODF requires. */
  static byte[] odt() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      byte[] mimetype = ODT.getBytes(StandardCharsets.US_ASCII);
      ZipEntry first = new ZipEntry("mimetype");
      first.setMethod(ZipEntry.STORED);
      first.setSize(mimetype.length);
      CRC32 crc = new CRC32();
      crc.update(mimetype);
      first.setCrc(crc.getValue());
      zip.putNextEntry(first);
      zip.write(mimetype);
      zip.closeEntry();
      entry(
          zip,
          "content.xml",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content"
              + " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
              + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
              + " office:version=\"1.3\"><office:body><office:text><text:p>Allegato A</text:p>"
              + "</office:text></office:body></office:document-content>");
      entry(
          zip,
          "META-INF/manifest.xml",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest"
              + " xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\""
              + " manifest:version=\"1.3\"><manifest:file-entry manifest:full-path=\"/\""
              + " manifest:media-type=\""
              + ODT
              + "\"/><manifest:file-entry manifest:full-path=\"content.xml\""
              + " manifest:media-type=\"text/xml\"/></manifest:manifest>");
    }
    return bytes.toByteArray();
  }

  /** An Office Open XML package whose main part has this content type (a .docx with DOCX_MAIN). */
  static byte[] docx(String mainPartType) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      entry(
          zip,
          "_rels/.rels",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships"
              + " xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
              + "<Relationship Id=\"rId1\""
              + " Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\""
              + " Target=\"word/document.xml\"/></Relationships>");
      entry(
          zip,
          "word/document.xml",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document"
              + " xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
              + "<w:body><w:p><w:r><w:t>Allegato A</w:t></w:r></w:p></w:body></w:document>");
      // Not the first entry on purpose: OOXML does not fix the order.
      entry(
          zip,
          "[Content_Types].xml",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types"
              + " xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
              + "<Default Extension=\"rels\""
              + " ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
              + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
              + "<Override PartName=\"/word/document.xml\" ContentType=\""
              + mainPartType
              + "\"/></Types>");
    }
    return bytes.toByteArray();
  }

  private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(content.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
