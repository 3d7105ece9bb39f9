package it.zonale.hostile;

import static io.restassured.RestAssured.given;
import static it.zonale.support.Tokens.CREMASCO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import it.zonale.support.ApiTest;
import it.zonale.support.Tokens;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The error paths that the framework answers before our resources run, and the upload checks that
 * run before a document is stored: each answer is problem+json with {@code nosniff}, and none
 * writes a stack trace to the log.
 */
@QuarkusTest
class ErrorPathTest extends ApiTest {
  static final String OFFICE = Tokens.consortium(CREMASCO);
  static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  static final String DOCX_MAIN =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

  final List<LogRecord> logged = new CopyOnWriteArrayList<>();
  final Handler capture =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          logged.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  @BeforeEach
  void captureTheLog() {
    Logger.getLogger("").addHandler(capture);
  }

  @AfterEach
  void stopCapturing() {
    Logger.getLogger("").removeHandler(capture);
  }

  String attachments() {
    List<String> areas = policyAreaIds(1);
    var plan = publish(OFFICE, createPlan(OFFICE, CREMASCO, areas));
    var table = createTable(OFFICE, plan.get("id"), areas);
    var call = openCall(OFFICE, plan.get("id"), daysFromNow(10), List.of(table.get("id")));
    return "/api/v1/calls/" + call.get("id") + "/attachments";
  }

  static void isProblem(Response response, int status, String slug) {
    response
        .then()
        .statusCode(status)
        .contentType(startsWith("application/problem+json"))
        .header("X-Content-Type-Options", "nosniff")
        .body("status", equalTo(status))
        .body("type", equalTo(PROBLEM + slug));
  }

  void noStackTraceLogged() {
    assertThat(logged)
        .as("log records with a stack trace")
        .filteredOn(r -> r.getThrown() != null)
        .isEmpty();
  }

  /** 11 MB that the client streams, so that it is sent chunked, without a Content-Length. */
  static InputStream elevenMegabytes() {
    return new InputStream() {
      long left = 11L * 1024 * 1024;

      @Override
      public int read() {
        return left-- > 0 ? '%' : -1;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        if (left <= 0) {
          return -1;
        }
        int n = (int) Math.min(len, left);
        java.util.Arrays.fill(b, off, off + n, (byte) 'x');
        if (left == 11L * 1024 * 1024) {
          System.arraycopy("%PDF-".getBytes(StandardCharsets.US_ASCII), 0, b, off, 5);
        }
        left -= n;
        return n;
      }
    };
  }

  @Test
  void aChunkedBodyOverTheLimitIs413ProblemWithoutStackTraces() {
    String url = attachments();
    logged.clear();
    Response response =
        as(OFFICE)
            .contentType("application/pdf")
            .queryParam("filename", "grande.pdf")
            .body(elevenMegabytes())
            .post(url);
    isProblem(response, 413, "payload-too-large");
    noStackTraceLogged();
  }

  @Test
  void aCorsRequestFromAnotherOriginIs403Problem() {
    Response response =
        given()
            .header("Origin", "https://evil.example.com")
            .accept("application/json")
            .get("/api/v1/plans");
    isProblem(response, 403, "cors-origin-not-allowed");
    Response preflight =
        given()
            .header("Origin", "https://evil.example.com")
            .header("Access-Control-Request-Method", "POST")
            .options("/api/v1/plans");
    isProblem(preflight, 403, "cors-origin-not-allowed");
    // The SPA's own origin is still served.
    given()
        .header("Origin", "http://localhost:5173")
        .get("/api/v1/plans")
        .then()
        .statusCode(200)
        .header("Access-Control-Allow-Origin", "http://localhost:5173");
    noStackTraceLogged();
  }

  @Test
  void frameworkRefusalsAreProblems() {
    isProblem(as(OFFICE).patch("/api/v1/plans"), 405, "method-not-allowed");
    isProblem(as(OFFICE).accept("image/png").get("/api/v1/plans"), 406, "not-acceptable");
    isProblem(
        as(OFFICE).contentType("text/plain").body("x").post("/api/v1/plans"),
        415,
        "unsupported-media-type");
    noStackTraceLogged();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "fattura\u202Efdp.exe", // right-to-left override
        "a\u200Bb.pdf", // zero-width space
        "a\u2066b\u2069.pdf", // isolates
        "\uFEFFnome.pdf", // byte-order mark
        "a\u00ADb.pdf" // soft hyphen
      })
  void invisibleAndBidiCharactersInAFileNameAre422(String name) {
    Response response =
        as(OFFICE)
            .contentType("application/pdf")
            .queryParam("filename", name)
            .body("%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII))
            .post(attachments());
    isProblem(response, 422, "filename-not-allowed");
    response.then().body("errors[0].pointer", equalTo("filename"));
  }

  @Test
  void aDocxThatInflatesBeyondTheLimitIsRefusedBeforeItIsStored() throws IOException {
    String url = attachments();
    // The marker entry comes first and is small; the second inflates to 200 MB of zeros.
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      entry(zip, "[Content_Types].xml", contentTypes());
      zip.putNextEntry(new ZipEntry("word/media/bomb.bin"));
      byte[] zeros = new byte[1024 * 1024];
      for (int i = 0; i < 200; i++) {
        zip.write(zeros);
      }
      zip.closeEntry();
    }
    assertThat(bytes.size()).isLessThan(1024 * 1024);
    isProblem(upload(url, bytes.toByteArray()), 422, "document-archive-too-large");
    as(OFFICE).get(url).then().statusCode(200).body("total", equalTo(0));
  }

  @Test
  void aDocxWithTooManyEntriesIsRefusedBeforeItIsStored() throws IOException {
    String url = attachments();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      entry(zip, "[Content_Types].xml", contentTypes());
      for (int i = 0; i < 6_000; i++) {
        entry(zip, "word/e" + i + ".xml", "");
      }
    }
    isProblem(upload(url, bytes.toByteArray()), 422, "document-archive-too-large");
    as(OFFICE).get(url).then().statusCode(200).body("total", equalTo(0));
  }

  @Test
  void anOrdinaryDocxIsStillStored() throws IOException {
    String url = attachments();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      entry(zip, "[Content_Types].xml", contentTypes());
      entry(zip, "word/document.xml", "<w:document/>");
    }
    upload(url, bytes.toByteArray()).then().statusCode(201);
  }

  Response upload(String url, byte[] docx) {
    return as(OFFICE)
        .contentType(DOCX)
        .queryParam("filename", "Allegato.docx")
        .body(docx)
        .post(url);
  }

  static String contentTypes() {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types"
        + " xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        + "<Override PartName=\"/word/document.xml\" ContentType=\""
        + DOCX_MAIN
        + "\"/></Types>";
  }

  static void entry(ZipOutputStream zip, String name, String content) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(content.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }
}
