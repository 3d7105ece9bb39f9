package it.zonale.demo;

import static it.zonale.support.Tokens.OGLIO_PO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import it.zonale.support.ApiTest;
import it.zonale.support.DemoDataProfile;
import it.zonale.support.Tokens;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The demo data (db/demo) applies on the migrations and tells the participation story of Oglio Po
 * 2021-2023 through the API: call, expressions of interest, members, waitlist, attendance, minutes.
 */
@QuarkusTest
@TestProfile(DemoDataProfile.class)
class DemoDataTest extends ApiTest {
  static final String PLAN = "b1000000-0000-4000-8000-000000000001";
  static final String CALL = "ca110000-0000-4000-8000-000000000001";
  static final String ANZIANI = "7a000000-0000-4000-8000-000000000101";
  static final String LABORATORY = "e5000000-0000-4000-8000-000000000141";
  static final String FRANCESCA_GALLI = "b7000000-0000-4000-8000-000000000001";
  static final UUID IL_PONTE = UUID.fromString("0a000000-0000-4000-8000-000000000006");

  final String office = Tokens.consortium(OGLIO_PO);

  @Test
  void theCallHasAdmittedLateAndRejectedExpressions() {
    JsonPath page =
        as(office)
            .get("/api/v1/calls/" + CALL + "/expressions-of-interest?limit=100")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(page.getInt("total")).isEqualTo(7);
    List<Map<String, Object>> items = page.getList("items");
    assertThat(items)
        .filteredOn(e -> "ADMITTED_CONSULTATIVE".equals(e.get("status")))
        .singleElement()
        .satisfies(e -> assertThat(e.get("late")).isEqualTo(true));
    assertThat(items)
        .filteredOn(e -> "REJECTED".equals(e.get("status")))
        .singleElement()
        .satisfies(e -> assertThat((String) e.get("decisionReason")).isNotBlank());
    as(office).get("/api/v1/calls/" + CALL).then().statusCode(200);
  }

  @Test
  void membersOfTheAnzianiTableAreListedAndExported() {
    anonymous()
        .get("/api/v1/tables/" + ANZIANI + "/members")
        .then()
        .statusCode(200)
        .body("total", equalTo(4))
        .body("items.status", hasItem("CONSULTATIVE"))
        .body("items.titularName", hasItem("Francesca Galli"));
    String csv =
        new String(
            as(office)
                .accept("*/*")
                .get("/api/v1/tables/" + ANZIANI + "/members/export")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray(),
            StandardCharsets.UTF_8);
    assertThat(csv.lines()).hasSize(5);
    assertThat(csv).contains("Cooperativa sociale Il Ponte").contains("Paolo Mainardi");
  }

  @Test
  void theLaboratoryIsFullWithAWaitlist() {
    as(office)
        .get("/api/v1/sessions/" + LABORATORY + "/participants")
        .then()
        .statusCode(200)
        .body("total", equalTo(7))
        .body("capacity", equalTo(4))
        .body("registeredCount", equalTo(4))
        .body("waitlistCount", equalTo(2));
  }

  @Test
  void attendanceIsRecordedAndGivesACertificate() throws Exception {
    JsonPath summary =
        as(office)
            .get("/api/v1/plans/" + PLAN + "/attendance")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(summary.getInt("sessionsHeld")).isGreaterThanOrEqualTo(11);
    assertThat(summary.getList("organizations.attended", Integer.class))
        .anySatisfy(n -> assertThat(n).isPositive());
    byte[] pdf =
        as(Tokens.token("galli", "ets", IL_PONTE, OGLIO_PO))
            .accept("*/*")
            .get(
                "/api/v1/sessions/e5000000-0000-4000-8000-000000000111/participants/"
                    + FRANCESCA_GALLI
                    + "/certificate")
            .then()
            .statusCode(200)
            .extract()
            .asByteArray();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertThat(new PDFTextStripper().getText(doc))
          .contains("Francesca Galli")
          .contains("Cooperativa sociale Il Ponte")
          .contains("mercoledì 29 settembre 2021")
          .contains("16:30 - 18:30");
    }
  }

  @Test
  void oneSessionHasApprovedMinutesAndAnotherADraft() {
    anonymous()
        .get("/api/v1/sessions/e5000000-0000-4000-8000-000000000111/minutes")
        .then()
        .statusCode(200)
        .body("status", equalTo("APPROVED"));
    as(office)
        .get("/api/v1/sessions/e5000000-0000-4000-8000-000000000121/minutes")
        .then()
        .statusCode(200)
        .body("status", equalTo("DRAFT"));
  }

  @Test
  void objectivesCiteTheIstanzeAndShowTheirProgress() {
    JsonPath page =
        anonymous()
            .get("/api/v1/plans/" + PLAN + "/objectives?limit=100")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(page.getInt("total")).isEqualTo(3);
    assertThat(page.getList("items.contributions.reference").toString())
        .contains("IST-001", "IST-002", "IST-003");
    anonymous()
        .get("/api/v1/indicators/1d000000-0000-4000-8000-000000010111")
        .then()
        .statusCode(200)
        .body("progress.latestYear", equalTo(2023))
        .body("progress.percent", equalTo(85));
  }
}
