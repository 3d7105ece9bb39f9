package it.zonale.participant;

import static it.zonale.support.Tokens.OGLIO_PO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import it.zonale.support.ApiTest;
import it.zonale.support.Tokens;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AttendanceTest extends ApiTest {
  final String office = Tokens.consortium(OGLIO_PO);

  String etsOf(UUID organizationId) {
    return Tokens.token("delegato-" + organizationId, "ets", organizationId, OGLIO_PO);
  }

  Map<String, Object> plan() {
    return publish(office, createPlan(office, OGLIO_PO, policyAreaIds(1)));
  }

  Map<String, Object> session(Map<String, Object> plan, OffsetDateTime start) {
    Map<String, Object> body = new HashMap<>();
    body.put("kind", "PLENARY");
    body.put("title", "Plenaria di verifica");
    body.put("startsAt", start.toString());
    body.put("endsAt", start.plusHours(2).toString());
    body.put("mode", "IN_PERSON");
    body.put("place", "Casalmaggiore");
    return as(office)
        .body(body)
        .post("/api/v1/plans/" + plan.get("id") + "/sessions")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getMap("");
  }

  OffsetDateTime inAnHour() {
    return OffsetDateTime.now(ZoneOffset.UTC).plusHours(1).withNano(0);
  }

  String person(String token, UUID organizationId, String name) {
    return as(token)
        .body(
            Map.of(
                "organizationId",
                organizationId,
                "fullName",
                name,
                "email",
                name.toLowerCase().replace(' ', '.') + "." + UUID.randomUUID() + "@example.org"))
        .post("/api/v1/participants")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  void register(String token, Object sessionId, String personId) {
    as(token)
        .body(Map.of("participantId", personId))
        .post("/api/v1/sessions/" + sessionId + "/participants")
        .then()
        .statusCode(201);
  }

  JsonPath attend(Object sessionId, String personId, boolean attended) {
    return as(office)
        .body(Map.of("attended", attended))
        .put("/api/v1/sessions/" + sessionId + "/participants/" + personId + "/attendance")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  @Test
  void thePlanOfficeChecksPeopleInAndAWalkInIsRegisteredOnTheSpot() {
    UUID coop = registerOrganization(office, "SOCIAL_COOPERATIVE");
    String giulia = person(etsOf(coop), coop, "Giulia Ferrari");
    String marco = person(etsOf(coop), coop, "Marco Bianchi");
    var session = session(plan(), inAnHour());
    register(etsOf(coop), session.get("id"), giulia);

    assertThat(attend(session.get("id"), giulia, true).getBoolean("attended")).isTrue();
    JsonPath walkIn = attend(session.get("id"), marco, true);
    assertThat(walkIn.getString("status")).isEqualTo("REGISTERED");
    assertThat(walkIn.getBoolean("attended")).isTrue();
    // a correction afterwards is possible, and the register keeps one row per person
    attend(session.get("id"), giulia, false);

    as(office)
        .get("/api/v1/sessions/" + session.get("id") + "/participants")
        .then()
        .body("total", equalTo(2))
        .body("items.find { it.participantId == '" + giulia + "' }.attended", equalTo(false))
        .body("items.find { it.participantId == '" + marco + "' }.attended", equalTo(true));
  }

  @Test
  void theRegisterOpensTwoHoursBeforeTheStartAndOnlyForThePlanOffice() {
    UUID coop = registerOrganization(office, "APS");
    String giulia = person(etsOf(coop), coop, "Giulia Verdi");
    var plan = plan();
    var later =
        session(plan, OffsetDateTime.parse((Year.now().getValue() + 1) + "-05-10T16:30:00+02:00"));
    register(etsOf(coop), later.get("id"), giulia);
    as(office)
        .body(Map.of("attended", true))
        .put("/api/v1/sessions/" + later.get("id") + "/participants/" + giulia + "/attendance")
        .then()
        .statusCode(422)
        .body("type", equalTo(PROBLEM + "attendance-not-open"));

    var soon = session(plan, inAnHour());
    as(etsOf(coop))
        .body(Map.of("attended", true))
        .put("/api/v1/sessions/" + soon.get("id") + "/participants/" + giulia + "/attendance")
        .then()
        .statusCode(403);
    as(office)
        .body(Map.of())
        .put("/api/v1/sessions/" + soon.get("id") + "/participants/" + giulia + "/attendance")
        .then()
        .statusCode(400)
        .body("errors[0].pointer", equalTo("/attended"));
  }

  @Test
  void ratesCountHeldSessionsByTableAndOrganization() {
    UUID first = registerOrganization(office, "SOCIAL_COOPERATIVE");
    UUID second = registerOrganization(office, "ODV");
    String a1 = person(etsOf(first), first, "Anna Uno");
    String a2 = person(etsOf(first), first, "Aldo Due");
    String b1 = person(etsOf(second), second, "Bruna Tre");
    var plan = plan();
    var held = session(plan, inAnHour());
    var stillScheduled = session(plan, inAnHour().plusMinutes(30));
    for (String p : List.of(a1, a2)) {
      register(etsOf(first), held.get("id"), p);
    }
    register(etsOf(second), held.get("id"), b1);
    register(etsOf(second), stillScheduled.get("id"), b1);
    attend(held.get("id"), a1, true);
    attend(held.get("id"), a2, false);
    attend(held.get("id"), b1, true);
    startedAnHourAgo(held.get("id"));
    as(office)
        .body(Map.of("status", "HELD", "version", held.get("version")))
        .put("/api/v1/sessions/" + held.get("id") + "/status")
        .then()
        .statusCode(200);

    JsonPath summary =
        as(office)
            .get("/api/v1/plans/" + plan.get("id") + "/attendance")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(summary.getInt("sessionsHeld")).isEqualTo(1);
    assertThat(summary.getInt("tables[0].registered")).isEqualTo(3);
    assertThat(summary.getInt("tables[0].attended")).isEqualTo(2);
    assertThat(summary.getDouble("tables[0].rate"))
        .isCloseTo(2.0 / 3, org.assertj.core.data.Offset.offset(1e-6));
    assertThat(summary.getString("tables[0].id")).isNull();
    Map<String, Float> rates = new HashMap<>();
    summary
        .<Map<String, Object>>getList("organizations")
        .forEach(r -> rates.put((String) r.get("id"), ((Number) r.get("rate")).floatValue()));
    assertThat(rates).containsOnlyKeys(first.toString(), second.toString());
    assertThat(summary.getList("organizations.name", String.class))
        .allSatisfy(name -> assertThat(name).isNotBlank());
    assertThat(rates.get(first.toString())).isEqualTo(0.5f);
    assertThat(rates.get(second.toString())).isEqualTo(1.0f);
  }

  @Test
  void exportsAreCsvForAnItalianSpreadsheetAndRealXlsx() throws Exception {
    UUID coop = registerOrganization(office, "SOCIAL_COOPERATIVE");
    String nicolo = person(etsOf(coop), coop, "Nicolò Àlberti");
    var session = session(plan(), inAnHour());
    register(etsOf(coop), session.get("id"), nicolo);
    attend(session.get("id"), nicolo, true);
    String url = "/api/v1/sessions/" + session.get("id") + "/participants/export";

    byte[] csv =
        as(office)
            .accept("*/*")
            .get(url + "?format=CSV")
            .then()
            .statusCode(200)
            .extract()
            .asByteArray();
    String text = new String(csv, StandardCharsets.UTF_8);
    assertThat(text).startsWith("\uFEFFOrganizzazione;Nome e cognome;");
    assertThat(text.lines().toList()).hasSize(2);
    assertThat(text.lines().toList().get(1)).contains(";Nicolò Àlberti;").endsWith(";sì");

    byte[] xlsx =
        as(office)
            .accept("*/*")
            .get(url + "?format=XLSX")
            .then()
            .statusCode(200)
            .header(
                "Content-Type",
                equalTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
            .extract()
            .asByteArray();
    try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
      List<Row> rows = book.getFirstSheet().read();
      assertThat(rows).hasSize(2);
      assertThat(rows.get(0).getCellText(0)).isEqualTo("Organizzazione");
      assertThat(rows.get(1).getCellText(1)).isEqualTo("Nicolò Àlberti");
      assertThat(rows.get(1).getCellText(4)).isEqualTo("Iscritto");
      assertThat(rows.get(1).getCellText(7)).isEqualTo("sì");
    }
    as(etsOf(coop)).accept("*/*").get(url).then().statusCode(403);
  }
}
