package it.zonale.participant;

import static it.zonale.support.Tokens.CREMONESE;
import static it.zonale.support.Tokens.OGLIO_PO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import it.zonale.support.ApiTest;
import it.zonale.support.Tokens;
import it.zonale.support.VeraPdf;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CertificateTest extends ApiTest {
  final String office = Tokens.consortium(OGLIO_PO);

  String etsOf(UUID organizationId) {
    return Tokens.token("delegato-" + organizationId, "ets", organizationId, OGLIO_PO);
  }

  /** A two-hour session in the past, starting at this UTC instant. */
  Map<String, Object> pastSession(Map<String, Object> plan, Object tableId, String startUtc) {
    OffsetDateTime start = OffsetDateTime.parse(startUtc);
    Map<String, Object> body = new HashMap<>();
    body.put("kind", tableId == null ? "PLENARY" : "TABLE");
    if (tableId != null) {
      body.put("tableId", tableId);
    }
    body.put("title", "Verifica dei servizi per l'età evolutiva");
    body.put("startsAt", start.toString());
    body.put("endsAt", start.plusMinutes(150).toString());
    body.put("mode", "IN_PERSON");
    body.put("place", "Sala consiliare, Casalmaggiore");
    return as(office)
        .body(body)
        .post("/api/v1/plans/" + plan.get("id") + "/sessions")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getMap("");
  }

  void attend(Object sessionId, String personId, boolean attended) {
    as(office)
        .body(Map.of("attended", attended))
        .put("/api/v1/sessions/" + sessionId + "/participants/" + personId + "/attendance")
        .then()
        .statusCode(200);
  }

  void hold(Map<String, Object> session) {
    startedAnHourAgo(session.get("id"));
    as(office)
        .body(Map.of("status", "HELD", "version", session.get("version")))
        .put("/api/v1/sessions/" + session.get("id") + "/status")
        .then()
        .statusCode(200);
  }

  static String url(Object sessionId, String personId) {
    return "/api/v1/sessions/" + sessionId + "/participants/" + personId + "/certificate";
  }

  static String text(RequestSpecification request, String url) throws Exception {
    byte[] pdf =
        request
            .accept("application/pdf, application/problem+json")
            .get(url)
            .then()
            .statusCode(200)
            .contentType("application/pdf")
            .header("Content-Disposition", startsWith("attachment; filename=\"attestato-"))
            .extract()
            .asByteArray();
    assertThat(VeraPdf.failedRules(pdf)).as("PDF/UA-1 and PDF/A-2a").isEmpty();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertThat(doc.getNumberOfPages()).isEqualTo(1);
      return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
    }
  }

  @Test
  void aPresentPersonGetsACertificateInRomeTimeOnBothSidesOfTheDstChange() throws Exception {
    List<String> areas = policyAreaIds(1);
    var plan = publish(office, createPlan(office, OGLIO_PO, areas));
    var table = createTable(office, plan.get("id"), areas);
    UUID coop = registerOrganization(office, "SOCIAL_COOPERATIVE");
    String nicolo = newParticipantId(office, coop, "Nicolò Àlberti");
    // 16:30 UTC on a Saturday of standard time, 15:30 UTC after the March change: both 17:30
    var winter = pastSession(plan, table.get("id"), "2021-03-20T16:30:00Z");
    var summer = pastSession(plan, null, "2021-04-10T15:30:00Z");
    for (var s : List.of(winter, summer)) {
      attend(s.get("id"), nicolo, true);
      hold(s);
    }

    String italian = text(as(etsOf(coop)), url(winter.get("id"), nicolo));
    assertThat(italian)
        .contains("ATTESTATO DI PARTECIPAZIONE")
        .contains("Ambito territoriale Oglio Po")
        .contains("Nicolò Àlberti")
        .contains("Verifica dei servizi per l'età evolutiva")
        .contains((String) table.get("name"))
        .contains("sabato 20 marzo 2021")
        .contains("17:30 - 20:00 (ora italiana)")
        .contains("2 ore e 30 minuti")
        .contains("Sala consiliare, Casalmaggiore");
    assertThat(italian).contains("Codice di verifica");

    String afterChange = text(as(office), url(summer.get("id"), nicolo));
    assertThat(afterChange)
        .contains("sabato 10 aprile 2021")
        .contains("17:30 - 20:00 (ora italiana)")
        .contains("Assemblea plenaria");

    String english = text(as(office).queryParam("lang", "en"), url(summer.get("id"), nicolo));
    assertThat(english)
        .contains("CERTIFICATE OF ATTENDANCE")
        .contains("Saturday 10 April 2021")
        .contains("17:30 - 20:00 (Italian time)")
        .contains("2 hours 30 minutes");
    assertThat(
            text(
                as(office).header("Accept-Language", "en-GB,en;q=0.9"),
                url(summer.get("id"), nicolo)))
        .contains("CERTIFICATE OF ATTENDANCE");
    assertThat(
            text(
                as(office).header("Accept-Language", "it-IT,en;q=0.5"),
                url(summer.get("id"), nicolo)))
        .contains("ATTESTATO DI PARTECIPAZIONE");
    as(office)
        .accept("*/*")
        .queryParam("lang", "fr")
        .get(url(summer.get("id"), nicolo))
        .then()
        .statusCode(400);
  }

  @Test
  void aNameBeyondItalianLettersPrintsAsWrittenWithTheFallbackFont() throws Exception {
    var plan = publish(office, createPlan(office, OGLIO_PO, policyAreaIds(1)));
    UUID coop = registerOrganization(office, "ODV");
    String person = newParticipantId(office, coop, "Łucja Dvořák");
    var session = pastSession(plan, null, "2021-11-05T17:00:00Z");
    attend(session.get("id"), person, true);
    hold(session);
    assertThat(text(as(office), url(session.get("id"), person))).contains("Łucja Dvořák");
  }

  @Test
  void onlyThePersonsOrganisationAndThePlanOfficeOfTheAmbitoAndOnlyWhenPresent() {
    var plan = publish(office, createPlan(office, OGLIO_PO, policyAreaIds(1)));
    UUID coop = registerOrganization(office, "APS");
    UUID other = registerOrganization(office, "ODV");
    String present = newParticipantId(office, coop, "Anna Presente");
    String absent = newParticipantId(office, coop, "Bruno Assente");
    String never = newParticipantId(office, coop, "Carla Mai");
    var session = pastSession(plan, null, "2022-06-01T15:00:00Z");
    attend(session.get("id"), present, true);
    attend(session.get("id"), absent, false);
    Object id = session.get("id");

    // not held yet
    as(office)
        .accept("*/*")
        .get(url(id, present))
        .then()
        .statusCode(422)
        .body("type", equalTo(PROBLEM + "session-not-held"));
    hold(session);
    as(office)
        .accept("*/*")
        .get(url(id, absent))
        .then()
        .statusCode(422)
        .body("type", equalTo(PROBLEM + "not-attended"));
    as(etsOf(coop))
        .accept("*/*")
        .get(url(id, never))
        .then()
        .statusCode(404)
        .body("type", equalTo(PROBLEM + "registration-not-found"));
    as(etsOf(other))
        .accept("*/*")
        .get(url(id, present))
        .then()
        .statusCode(404)
        .body("type", equalTo(PROBLEM + "participant-not-found"));
    as(Tokens.consortium(CREMONESE)).accept("*/*").get(url(id, present)).then().statusCode(404);
    anonymous().accept("*/*").get(url(id, present)).then().statusCode(401);
    as(etsOf(coop)).accept("*/*").get(url(id, present)).then().statusCode(200);
  }
}
