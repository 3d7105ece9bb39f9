package it.zonale.agreement;

import static it.zonale.support.Tokens.OGLIO_PO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import it.zonale.support.ApiTest;
import it.zonale.support.Tokens;
import java.time.OffsetDateTime;
import java.time.Year;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AgreementResourceTest extends ApiTest {
  static final String CASALMAGGIORE = "019021";
  static final String CREMA = "019035";
  static final String CALVATONE = "019009";

  final String office = Tokens.consortium(OGLIO_PO);

  static String delegate(UUID organizationId) {
    return Tokens.token("ets-" + organizationId, "ets", organizationId, OGLIO_PO);
  }

  Map<String, Object> plan() {
    return publish(office, createPlan(office, OGLIO_PO, policyAreaIds(2)));
  }

  static Map<String, Object> agreementBody(List<Map<String, Object>> signatories, long version) {
    Map<String, Object> body = new HashMap<>();
    body.put("title", "Accordo di programma per il Piano di Zona");
    body.put("deliberationReference", "Delibera Assemblea dei Sindaci n. 3/2025");
    body.put("summary", "Accordo tra i comuni dell'ambito, ASST e ATS.");
    body.put("signedOn", "2025-02-26");
    body.put("validFrom", "2025-01-01");
    body.put("validTo", "2027-12-31");
    body.put("signatories", signatories);
    body.put("version", version);
    return body;
  }

  static Map<String, Object> comune(String istat) {
    return Map.of(
        "municipalityIstatCode",
        istat,
        "signedOn",
        "2025-02-26",
        "signatoryName",
        "Mario Rossi",
        "signatoryRole",
        "Sindaco");
  }

  static Map<String, Object> body(UUID organizationId) {
    return Map.of("organizationId", organizationId.toString(), "signatoryRole", "Direttore");
  }

  /** A signed accordo of the plan, with the comune of Casalmaggiore and an ASST. */
  Map<String, Object> signedAgreement(Object planId) {
    UUID asst = registerOrganization(office, "ASST");
    Map<String, Object> draft =
        as(office)
            .body(agreementBody(List.of(comune(CASALMAGGIORE), body(asst)), 0))
            .put("/api/v1/plans/" + planId + "/agreement")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getMap("");
    return as(office)
        .body(Map.of("version", draft.get("version")))
        .post("/api/v1/plans/" + planId + "/agreement/signature")
        .then()
        .statusCode(200)
        .body("status", equalTo("SIGNED"))
        .extract()
        .jsonPath()
        .getMap("");
  }

  /** An organisation of this kind that took part: one of its people has a seat at an incontro. */
  UUID participating(Object planId, String kind) {
    UUID org = registerOrganization(office, kind);
    String person = newParticipantId(office, org, "Anna Bianchi");
    String start =
        OffsetDateTime.parse((Year.now().getValue() + 1) + "-09-29T16:30:00+02:00").toString();
    Object sessionId =
        as(office)
            .body(
                Map.of(
                    "kind", "PLENARY",
                    "title", "Plenaria",
                    "startsAt", start,
                    "endsAt", OffsetDateTime.parse(start).plusHours(2).toString(),
                    "mode", "IN_PERSON",
                    "place", "Casalmaggiore"))
            .post("/api/v1/plans/" + planId + "/sessions")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    as(office)
        .body(Map.of("participantId", person))
        .post("/api/v1/sessions/" + sessionId + "/participants")
        .then()
        .statusCode(201);
    return org;
  }

  Map<String, Object> request(Object planId, UUID org) {
    return as(delegate(org))
        .body(Map.of("note", "Abbiamo partecipato ai tavoli."))
        .post("/api/v1/plans/" + planId + "/agreement/adhesions")
        .then()
        .statusCode(201)
        .header("Location", containsString("/api/v1/adhesions/"))
        .body("status", equalTo("REQUESTED"))
        .extract()
        .jsonPath()
        .getMap("");
  }

  Map<String, Object> decide(Object adhesion, String outcome, String reason) {
    Map<String, Object> body = new HashMap<>();
    body.put("outcome", outcome);
    body.put("version", ((Map<?, ?>) adhesion).get("version"));
    if (reason != null) {
      body.put("reason", reason);
    }
    return as(office)
        .body(body)
        .post("/api/v1/adhesions/" + ((Map<?, ?>) adhesion).get("id") + "/decision")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getMap("");
  }

  @Test
  void planOfficeWritesSignsAndPublishesTheAgreement() {
    Object planId = plan().get("id");
    String url = "/api/v1/plans/" + planId + "/agreement";
    anonymous()
        .get(url)
        .then()
        .statusCode(404)
        .body("type", equalTo(PROBLEM + "agreement-not-found"));

    UUID asst = registerOrganization(office, "ASST");
    Map<String, Object> draft =
        as(office)
            .body(agreementBody(List.of(comune(CASALMAGGIORE), body(asst)), 0))
            .put(url)
            .then()
            .statusCode(200)
            .body("status", equalTo("DRAFT"))
            .body("version", equalTo(1))
            .body("signatories", hasSize(2))
            .body("signatories[0].name", equalTo("Casalmaggiore"))
            .body("signatories[0].kind", equalTo("MUNICIPALITY"))
            .body("signatories[1].organizationId", equalTo(asst.toString()))
            .body("signatories[1].kind", equalTo("ASST"))
            .extract()
            .jsonPath()
            .getMap("");
    // A draft is the plan office's only.
    anonymous().get(url).then().statusCode(404);
    as(delegate(UUID.randomUUID())).get(url).then().statusCode(404);
    as(office).get(url).then().statusCode(200).body("title", equalTo(draft.get("title")));

    // Stale writes and signatures are refused.
    as(office)
        .body(agreementBody(List.of(comune(CASALMAGGIORE)), 0))
        .put(url)
        .then()
        .statusCode(409)
        .body("type", equalTo(PROBLEM + "stale-version"));
    Map<String, Object> edited =
        as(office)
            .body(agreementBody(List.of(comune(CASALMAGGIORE)), 1))
            .put(url)
            .then()
            .statusCode(200)
            .body("version", equalTo(2))
            .body("signatories", hasSize(1))
            .extract()
            .jsonPath()
            .getMap("");
    as(office)
        .body(Map.of("version", 1))
        .post(url + "/signature")
        .then()
        .statusCode(409)
        .body("type", equalTo(PROBLEM + "stale-version"));
    as(office)
        .body(Map.of("version", edited.get("version")))
        .post(url + "/signature")
        .then()
        .statusCode(200)
        .body("status", equalTo("SIGNED"));
    as(office)
        .body(Map.of("version", 3))
        .post(url + "/signature")
        .then()
        .statusCode(422)
        .body("type", equalTo(PROBLEM + "agreement-already-signed"));
    anonymous()
        .get(url)
        .then()
        .statusCode(200)
        .body("status", equalTo("SIGNED"))
        .body("signedOn", equalTo("2025-02-26"))
        .body("signatories[0].signatoryRole", equalTo("Sindaco"))
        .body("adheringCount", equalTo(0));
  }

  @Test
  void anAgreementWithoutSignatoriesOrDateCannotBeSigned() {
    Object planId = plan().get("id");
    String url = "/api/v1/plans/" + planId + "/agreement";
    Map<String, Object> body = agreementBody(List.of(), 0);
    as(office).body(body).put(url).then().statusCode(200);
    as(office)
        .body(Map.of("version", 1))
        .post(url + "/signature")
        .then()
        .statusCode(422)
        .body("type", equalTo(PROBLEM + "agreement-incomplete"));
  }

  @Test
  void signatoriesArePublicBodiesAndComuniOfTheAmbitoEachOnce() {
    Object planId = plan().get("id");
    String url = "/api/v1/plans/" + planId + "/agreement";
    UUID coop = registerOrganization(office, "SOCIAL_COOPERATIVE");
    as(office)
        .body(agreementBody(List.of(body(coop)), 0))
        .put(url)
        .then()
        .statusCode(400)
        .body("errors[0].pointer", equalTo("/signatories/0/organizationId"))
        .body("errors[0].code", equalTo("not-allowed"));
    as(office)
        .body(agreementBody(List.of(comune(CREMA)), 0))
        .put(url)
        .then()
        .statusCode(400)
        .body("errors[0].pointer", equalTo("/signatories/0/municipalityIstatCode"))
        .body("errors[0].code", equalTo("unknown-reference"));
    as(office)
        .body(agreementBody(List.of(comune(CASALMAGGIORE), comune(CASALMAGGIORE)), 0))
        .put(url)
        .then()
        .statusCode(400)
        .body("errors[0].pointer", equalTo("/signatories/1/municipalityIstatCode"));
    as(office)
        .body(agreementBody(List.of(Map.of("signatoryName", "Nessuno")), 0))
        .put(url)
        .then()
        .statusCode(400)
        .body("errors[0].code", equalTo("required"));
    Map<String, Object> wrongDates = agreementBody(List.of(), 0);
    wrongDates.put("validTo", "2024-12-31");
    as(office)
        .body(wrongDates)
        .put(url)
        .then()
        .statusCode(400)
        .body("errors[0].pointer", equalTo("/validTo"))
        .body("errors[0].code", equalTo("before-start"));
    Map<String, Object> noTitle = agreementBody(List.of(), 0);
    noTitle.put("title", " ");
    as(office).body(noTitle).put(url).then().statusCode(400);
    // Another ambito's plan office may not write it.
    as(Tokens.consortium(Tokens.CREMASCO))
        .body(agreementBody(List.of(), 0))
        .put(url)
        .then()
        .statusCode(403);
  }

  @Test
  void anOrganisationThatTookPartAdheresAndEntersThePublicRegister() {
    Object planId = plan().get("id");
    signedAgreement(planId);
    UUID coop = participating(planId, "SOCIAL_COOPERATIVE");
    UUID aps = participating(planId, "APS");
    UUID odv = participating(planId, "ODV");
    Map<String, Object> coopRequest = request(planId, coop);
    Map<String, Object> apsRequest = request(planId, aps);
    Map<String, Object> odvRequest = request(planId, odv);

    // Until accepted a request is seen by its organisation and the plan office only.
    String own = "/api/v1/adhesions/" + coopRequest.get("id");
    as(delegate(coop)).get(own).then().statusCode(200);
    as(office).get(own).then().statusCode(200);
    as(delegate(aps)).get(own).then().statusCode(404);
    anonymous().get(own).then().statusCode(404);
    as(delegate(coop))
        .get("/api/v1/plans/" + planId + "/agreement/adhesions")
        .then()
        .statusCode(200)
        .body("total", equalTo(1))
        .body("items[0].organizationId", equalTo(coop.toString()));
    as(office)
        .get("/api/v1/plans/" + planId + "/agreement/adhesions?status=REQUESTED")
        .then()
        .statusCode(200)
        .body("total", equalTo(3));
    String register = "/api/v1/plans/" + planId + "/agreement/register";
    anonymous().get(register).then().statusCode(200).body("total", equalTo(0));

    decide(coopRequest, "ACCEPTED", null);
    decide(apsRequest, "ACCEPTED", null);
    as(office)
        .body(Map.of("outcome", "REJECTED", "version", odvRequest.get("version")))
        .post("/api/v1/adhesions/" + odvRequest.get("id") + "/decision")
        .then()
        .statusCode(400)
        .body("errors[0].pointer", equalTo("/reason"));
    Map<String, Object> rejected = decide(odvRequest, "REJECTED", "Non ha partecipato ai tavoli.");
    assertThat(rejected.get("decisionReason")).isEqualTo("Non ha partecipato ai tavoli.");

    // Accepted: public; a decision is final.
    anonymous().get(own).then().statusCode(200).body("status", equalTo("ACCEPTED"));
    as(office)
        .body(Map.of("outcome", "REJECTED", "reason", "Ripensamento", "version", 1))
        .post(own + "/decision")
        .then()
        .statusCode(422)
        .body("type", equalTo(PROBLEM + "adhesion-not-pending"));
    anonymous()
        .get(register + "?limit=1")
        .then()
        .statusCode(200)
        .body("total", equalTo(2))
        .body("items", hasSize(1))
        .body("countsByKind", hasSize(2))
        .body("countsByKind.find { it.kind == 'SOCIAL_COOPERATIVE' }.count", equalTo(1))
        .body("countsByKind.find { it.kind == 'APS' }.count", equalTo(1));
    anonymous()
        .get("/api/v1/plans/" + planId + "/agreement")
        .then()
        .body("adheringCount", equalTo(2));
    // A rejected organisation cannot ask again.
    as(delegate(odv))
        .post("/api/v1/plans/" + planId + "/agreement/adhesions")
        .then()
        .statusCode(409)
        .body("type", equalTo(PROBLEM + "adhesion-exists"));
  }

  @Test
  void onlyOrganisationsThatTookPartMayAdhere() {
    Object planId = plan().get("id");
    signedAgreement(planId);
    UUID stranger = registerOrganization(office, "FOUNDATION");
    as(delegate(stranger))
        .body(Map.of())
        .post("/api/v1/plans/" + planId + "/agreement/adhesions")
        .then()
        .statusCode(422)
        .body("type", equalTo(PROBLEM + "not-a-participant"));
    UUID comune = registerOrganization(office, "MUNICIPALITY");
    as(delegate(comune))
        .post("/api/v1/plans/" + planId + "/agreement/adhesions")
        .then()
        .statusCode(422)
        .body("type", equalTo(PROBLEM + "public-body-signs"));
    as(Tokens.token("senza-ente", "ets", null, OGLIO_PO))
        .post("/api/v1/plans/" + planId + "/agreement/adhesions")
        .then()
        .statusCode(403)
        .body("type", equalTo(PROBLEM + "no-organization"));
  }

  @Test
  void aTableMemberAdmittedFromItsExpressionOfInterestTookPart() {
    Map<String, Object> plan = plan();
    Object planId = plan.get("id");
    Object tableId = createTable(office, planId, policyAreaIds(1)).get("id");
    Map<String, Object> call = openCall(office, planId, daysFromNow(10), List.of(tableId));
    UUID org = registerOrganization(office, "RELIGIOUS_BODY");
    String person = newParticipantId(office, org, "Don Luigi");
    Map<String, Object> expression =
        as(delegate(org))
            .body(
                Map.of(
                    "tableChoices",
                    List.of(Map.of("tableId", tableId, "titularParticipantId", person)),
                    "runtsRegistered",
                    false))
            .post("/api/v1/calls/" + call.get("id") + "/expressions-of-interest")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getMap("");
    Map<String, Object> submitted =
        as(delegate(org))
            .post("/api/v1/expressions-of-interest/" + expression.get("id") + "/submit")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getMap("");
    as(office)
        .body(Map.of("outcome", "ADMITTED", "version", submitted.get("version")))
        .post("/api/v1/expressions-of-interest/" + expression.get("id") + "/decision")
        .then()
        .statusCode(200);
    signedAgreement(planId);
    request(planId, org);
  }

  @Test
  void aPendingRequestCanBeWithdrawnAndAskedAgainButOnlyOneIsActive() {
    Object planId = plan().get("id");
    signedAgreement(planId);
    UUID org = participating(planId, "APS");
    Map<String, Object> first = request(planId, org);
    as(delegate(org))
        .post("/api/v1/plans/" + planId + "/agreement/adhesions")
        .then()
        .statusCode(409)
        .body("type", equalTo(PROBLEM + "adhesion-exists"));
    UUID other = participating(planId, "ODV");
    as(delegate(other))
        .post("/api/v1/adhesions/" + first.get("id") + "/withdraw")
        .then()
        .statusCode(404);
    as(delegate(org))
        .post("/api/v1/adhesions/" + first.get("id") + "/withdraw")
        .then()
        .statusCode(200)
        .body("status", equalTo("WITHDRAWN"))
        .body("withdrawnAt", notNullValue());
    as(delegate(org))
        .post("/api/v1/adhesions/" + first.get("id") + "/withdraw")
        .then()
        .statusCode(422)
        .body("type", equalTo(PROBLEM + "adhesion-not-pending"));
    Map<String, Object> again = request(planId, org);
    // Stale decisions are refused.
    as(office)
        .body(Map.of("outcome", "ACCEPTED", "version", 7))
        .post("/api/v1/adhesions/" + again.get("id") + "/decision")
        .then()
        .statusCode(409)
        .body("type", equalTo(PROBLEM + "stale-version"));
  }

  @Test
  void aSignedAccordosTextIsFrozenWhileItsSignatoriesMayStillBeCompleted() {
    Object planId = plan().get("id");
    String url = "/api/v1/plans/" + planId + "/agreement";
    Map<String, Object> signed = signedAgreement(planId);
    Object version = signed.get("version");
    List<Map<String, Object>> signatories = new java.util.ArrayList<>();
    for (Object s : (List<?>) signed.get("signatories")) {
      Map<?, ?> given = (Map<?, ?>) s;
      Map<String, Object> input = new HashMap<>();
      for (String key :
          List.of(
              "organizationId",
              "municipalityIstatCode",
              "signatoryName",
              "signatoryRole",
              "signedOn")) {
        if (given.get(key) != null) {
          input.put(key, given.get(key));
        }
      }
      signatories.add(input);
    }

    for (String field : List.of("title", "deliberationReference", "summary")) {
      Map<String, Object> body = agreementBody(signatories, 0);
      body.put("version", version);
      body.put(field, "Testo cambiato dopo la firma");
      as(office)
          .body(body)
          .put(url)
          .then()
          .statusCode(422)
          .body("type", equalTo(PROBLEM + "agreement-signed"));
    }
    as(office)
        .get(url)
        .then()
        .statusCode(200)
        .body("version", equalTo(version))
        .body("title", equalTo(signed.get("title")))
        .body("summary", equalTo(signed.get("summary")))
        .body("status", equalTo("SIGNED"));

    // a late signatory completes the signed accordo; its text stays the signed one
    signatories.add(comune(CALVATONE));
    Map<String, Object> body = agreementBody(signatories, 0);
    body.put("version", version);
    as(office)
        .body(body)
        .put(url)
        .then()
        .statusCode(200)
        .body("status", equalTo("SIGNED"))
        .body("title", equalTo(signed.get("title")))
        .body("signatories", hasSize(3));
  }

  @Test
  void noAdhesionBeforeTheAgreementIsSigned() {
    Object planId = plan().get("id");
    UUID org = participating(planId, "APS");
    as(delegate(org))
        .post("/api/v1/plans/" + planId + "/agreement/adhesions")
        .then()
        .statusCode(404)
        .body("type", equalTo(PROBLEM + "agreement-not-found"));
    as(office)
        .body(agreementBody(List.of(comune(CASALMAGGIORE)), 0))
        .put("/api/v1/plans/" + planId + "/agreement")
        .then()
        .statusCode(200);
    // Still a draft: unknown to the organisation.
    as(delegate(org))
        .post("/api/v1/plans/" + planId + "/agreement/adhesions")
        .then()
        .statusCode(404);
  }
}
