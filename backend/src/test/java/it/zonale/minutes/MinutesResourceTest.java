package it.zonale.minutes;

import static it.zonale.support.Tokens.OGLIO_PO;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import it.zonale.support.ApiTest;
import it.zonale.support.Tokens;
import java.time.Year;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MinutesResourceTest extends ApiTest {
  final String office = Tokens.consortium(OGLIO_PO);

  String session() {
    var plan = publish(office, createPlan(office, OGLIO_PO, policyAreaIds(1)));
    int next = Year.now().getValue() + 1;
    return as(office)
        .body(
            Map.of(
                "kind",
                "PLENARY",
                "title",
                "Plenaria",
                "startsAt",
                next + "-05-10T16:30:00+02:00",
                "endsAt",
                next + "-05-10T18:30:00+02:00",
                "mode",
                "IN_PERSON",
                "place",
                "Casalmaggiore"))
        .post("/api/v1/plans/" + plan.get("id") + "/sessions")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  String heldSession() {
    String id = session();
    markHeld(office, id);
    return id;
  }

  @Test
  void aDraftIsSeenOnlyByThePlanOfficeUntilApprovedThenItIsPublicAndFrozen() {
    String url = "/api/v1/sessions/" + heldSession() + "/minutes";
    anonymous().get(url).then().statusCode(404);
    as(office)
        .body(Map.of("body", "Presenti 12 enti. Si discute della scheda.", "version", 0))
        .put(url)
        .then()
        .statusCode(200)
        .body("status", equalTo("DRAFT"))
        .body("version", equalTo(1));
    anonymous()
        .get(url)
        .then()
        .statusCode(404)
        .body("type", equalTo(PROBLEM + "minutes-not-found"));
    UUID coop = registerOrganization(office, "APS");
    as(Tokens.token("ets-" + coop, "ets", coop, OGLIO_PO)).get(url).then().statusCode(404);
    as(office)
        .body(Map.of("body", "Presenti 12 enti. Approvata la scheda di rilevazione.", "version", 1))
        .put(url)
        .then()
        .statusCode(200)
        .body("version", equalTo(2));

    as(office)
        .body(Map.of("version", 2))
        .post(url + "/approval")
        .then()
        .statusCode(200)
        .body("status", equalTo("APPROVED"))
        .body("approvedAt", notNullValue());

    anonymous()
        .get(url)
        .then()
        .statusCode(200)
        .body("body", equalTo("Presenti 12 enti. Approvata la scheda di rilevazione."));
    as(office)
        .body(Map.of("body", "Cambiato dopo", "version", 3))
        .put(url)
        .then()
        .statusCode(422)
        .body("type", equalTo(PROBLEM + "minutes-approved"));
  }

  @Test
  void twoFirstDraftsAtOnceDoNotOverwriteEachOther() {
    String url = "/api/v1/sessions/" + heldSession() + "/minutes";
    as(office).body(Map.of("body", "Prima bozza", "version", 0)).put(url).then().statusCode(200);
    as(office)
        .body(Map.of("body", "Un'altra prima bozza", "version", 0))
        .put(url)
        .then()
        .statusCode(409)
        .body("type", equalTo(PROBLEM + "stale-version"));
    as(office).get(url).then().body("body", equalTo("Prima bozza"));
  }

  @Test
  void onlyThePlanOfficeWritesAndApproves() {
    String url = "/api/v1/sessions/" + heldSession() + "/minutes";
    UUID coop = registerOrganization(office, "ODV");
    String ets = Tokens.token("ets-" + coop, "ets", coop, OGLIO_PO);
    as(ets).body(Map.of("body", "x", "version", 0)).put(url).then().statusCode(403);
    as(office).body(Map.of("body", "   ", "version", 0)).put(url).then().statusCode(200);
    as(office)
        .body(Map.of("version", 1))
        .post(url + "/approval")
        .then()
        .statusCode(422)
        .body("type", equalTo(PROBLEM + "minutes-empty"));
  }

  @Test
  void minutesAreWrittenOnlyForAHeldSession() {
    String id = session();
    as(office)
        .body(Map.of("body", "Verbale anticipato", "version", 0))
        .put("/api/v1/sessions/" + id + "/minutes")
        .then()
        .statusCode(422)
        .body("type", equalTo(PROBLEM + "session-not-held"));
    as(office).get("/api/v1/sessions/" + id + "/minutes").then().statusCode(404);
  }

  @Test
  void approvedMinutesAreCorrectedByNumberedErrataShownWithTheOriginal() {
    String url = "/api/v1/sessions/" + heldSession() + "/minutes";
    as(office)
        .body(Map.of("body", "Presenti 12 enti.", "version", 0))
        .put(url)
        .then()
        .statusCode(200);
    as(office)
        .body(Map.of("body", "Errata corrige", "version", 0))
        .put(url + "/errata/1")
        .then()
        .statusCode(422)
        .body("type", equalTo(PROBLEM + "minutes-not-approved"));
    as(office).body(Map.of("version", 1)).post(url + "/approval").then().statusCode(200);

    as(office)
        .body(Map.of("body", "Presenti 13 enti, non 12.", "version", 0))
        .put(url + "/errata/2")
        .then()
        .statusCode(422)
        .body("type", equalTo(PROBLEM + "erratum-number-not-next"));
    as(office)
        .body(Map.of("body", "Presenti 13 enti.", "version", 0))
        .put(url + "/errata/1")
        .then()
        .statusCode(200)
        .body("body", equalTo("Presenti 12 enti."))
        .body("errata[0].number", equalTo(1))
        .body("errata[0].status", equalTo("DRAFT"));
    // a draft erratum is the office's; the public sees the original alone
    anonymous().get(url).then().statusCode(200).body("errata.size()", equalTo(0));
    as(office)
        .body(Map.of("body", "Secondo", "version", 0))
        .put(url + "/errata/2")
        .then()
        .statusCode(422)
        .body("type", equalTo(PROBLEM + "erratum-pending"));
    as(office)
        .body(Map.of("body", "Presenti 13 enti, non 12.", "version", 1))
        .put(url + "/errata/1")
        .then()
        .statusCode(200);
    as(office).body(Map.of("version", 2)).post(url + "/errata/1/approval").then().statusCode(200);
    as(office)
        .body(Map.of("body", "Cambiato dopo", "version", 3))
        .put(url + "/errata/1")
        .then()
        .statusCode(422)
        .body("type", equalTo(PROBLEM + "erratum-approved"));
    anonymous()
        .get(url)
        .then()
        .statusCode(200)
        .body("body", equalTo("Presenti 12 enti."))
        .body("status", equalTo("APPROVED"))
        .body("errata.size()", equalTo(1))
        .body("errata[0].body", equalTo("Presenti 13 enti, non 12."))
        .body("errata[0].status", equalTo("APPROVED"));
    as(office)
        .body(Map.of("body", "Presenti 14 enti.", "version", 0))
        .put(url + "/errata/2")
        .then()
        .statusCode(200)
        .body("errata.size()", equalTo(2));
  }
}
