package it.zonale.participant;

import static it.zonale.support.Tokens.OGLIO_PO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import it.zonale.support.ApiTest;
import it.zonale.support.Tokens;
import java.time.Year;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ParticipantResourceTest extends ApiTest {
  final String office = Tokens.consortium(OGLIO_PO);

  String etsOf(UUID organizationId) {
    return Tokens.token("delegato-" + organizationId, "ets", organizationId, OGLIO_PO);
  }

  Map<String, Object> futureSession() {
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
        .jsonPath()
        .getMap("");
  }

  Map<String, Object> addPerson(String token, UUID organizationId, String name) {
    return as(token)
        .body(
            Map.of(
                "organizationId",
                organizationId,
                "fullName",
                name,
                "organizationRole",
                "referente",
                "email",
                name.toLowerCase().replace(' ', '.') + "@example.org"))
        .post("/api/v1/participants")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getMap("");
  }

  @Test
  void anEtsDelegateRegistersItsPeopleAndCancels() {
    UUID coop = registerOrganization(office, "SOCIAL_COOPERATIVE");
    String delegate = etsOf(coop);
    var person = addPerson(delegate, coop, "Giulia Ferrari");
    var session = futureSession();
    String url = "/api/v1/sessions/" + session.get("id") + "/participants";
    as(delegate)
        .body(Map.of("participantId", person.get("id")))
        .post(url)
        .then()
        .statusCode(201)
        .body("status", equalTo("REGISTERED"))
        .body("fullName", equalTo("Giulia Ferrari"));
    as(delegate)
        .body(Map.of("participantId", person.get("id")))
        .post(url)
        .then()
        .statusCode(409)
        .body("type", equalTo(PROBLEM + "already-registered"));
    as(office)
        .get(url)
        .then()
        .statusCode(200)
        .body("items.participantId", contains(person.get("id")));
    as(delegate).delete(url + "/" + person.get("id")).then().statusCode(204);
    as(delegate).get(url).then().body("items[0].status", equalTo("CANCELLED"));
    as(delegate)
        .body(Map.of("participantId", person.get("id")))
        .post(url)
        .then()
        .statusCode(201)
        .body("status", equalTo("REGISTERED"));
  }

  @Test
  void anotherOrganizationsPeopleAndRegistrationsStayInvisible() {
    UUID coop = registerOrganization(office, "SOCIAL_COOPERATIVE");
    UUID aps = registerOrganization(office, "APS");
    var person = addPerson(etsOf(coop), coop, "Marco Rossi");
    var session = futureSession();
    String url = "/api/v1/sessions/" + session.get("id") + "/participants";
    as(etsOf(coop))
        .body(Map.of("participantId", person.get("id")))
        .post(url)
        .then()
        .statusCode(201);

    String other = etsOf(aps);
    as(other).get("/api/v1/participants/" + person.get("id")).then().statusCode(404);
    as(other).get("/api/v1/participants?organizationId=" + coop).then().statusCode(403);
    as(other).get(url).then().statusCode(200).body("total", equalTo(0));
    as(other).body(Map.of("participantId", person.get("id"))).post(url).then().statusCode(400);
    as(other).delete(url + "/" + person.get("id")).then().statusCode(404);
    as(other)
        .body(Map.of("fullName", "X", "email", "x@example.org", "version", 0))
        .put("/api/v1/participants/" + person.get("id"))
        .then()
        .statusCode(404);
    anonymous().get(url).then().statusCode(401);
    as(office).get(url).then().body("total", equalTo(1));
  }

  @Test
  void registrationsCloseWhenTheSessionIsNoLongerScheduled() {
    UUID coop = registerOrganization(office, "ODV");
    var person = addPerson(etsOf(coop), coop, "Anna Bianchi");
    var session = futureSession();
    as(office)
        .body(
            Map.of(
                "status",
                "CANCELLED",
                "reason",
                "Maltempo: allerta meteo",
                "version",
                session.get("version")))
        .put("/api/v1/sessions/" + session.get("id") + "/status")
        .then()
        .statusCode(200);
    as(etsOf(coop))
        .body(Map.of("participantId", person.get("id")))
        .post("/api/v1/sessions/" + session.get("id") + "/participants")
        .then()
        .statusCode(422)
        .body("type", equalTo(PROBLEM + "session-not-open"));
  }

  @Test
  void aSessionWithRegistrationsIsCancelledWithAReasonNeverDeletedNorHeldBeforeItStarts() {
    UUID coop = registerOrganization(office, "ODV");
    var person = addPerson(etsOf(coop), coop, "Paolo Neri");
    var session = futureSession();
    String url = "/api/v1/sessions/" + session.get("id");
    as(etsOf(coop))
        .body(Map.of("participantId", person.get("id")))
        .post(url + "/participants")
        .then()
        .statusCode(201);
    as(office)
        .body(Map.of("status", "HELD", "version", session.get("version")))
        .put(url + "/status")
        .then()
        .statusCode(422)
        .body("type", equalTo(PROBLEM + "session-not-started"));
    as(office)
        .delete(url)
        .then()
        .statusCode(422)
        .body("type", equalTo(PROBLEM + "session-has-record"));
    as(office)
        .body(Map.of("status", "CANCELLED", "version", session.get("version")))
        .put(url + "/status")
        .then()
        .statusCode(400)
        .body("errors[0].pointer", equalTo("/reason"));
    anonymous().get(url).then().statusCode(200).body("status", equalTo("SCHEDULED"));
    as(office)
        .body(
            Map.of(
                "status",
                "CANCELLED",
                "reason",
                "Sala inagibile",
                "version",
                session.get("version")))
        .put(url + "/status")
        .then()
        .statusCode(200);
    anonymous()
        .get(url)
        .then()
        .statusCode(200)
        .body("status", equalTo("CANCELLED"))
        .body("cancellationReason", equalTo("Sala inagibile"));
    as(office).get(url + "/participants").then().body("total", equalTo(1));
  }

  @Test
  void aParticipantChoosesTheLanguageOfTheirMailsItalianUnlessTheySayOtherwise() {
    UUID coop = registerOrganization(office, "SOCIAL_COOPERATIVE");
    String delegate = etsOf(coop);
    var person = addPerson(delegate, coop, "Giulia Ferrari " + UUID.randomUUID());
    assertThat(person.get("preferredLanguage")).isEqualTo("IT");
    String url = "/api/v1/participants/" + person.get("id");
    Map<String, Object> update = new HashMap<>();
    update.put("fullName", person.get("fullName"));
    update.put("email", person.get("email"));
    update.put("preferredLanguage", "EN");
    update.put("version", person.get("version"));
    int version =
        as(delegate)
            .body(update)
            .put(url)
            .then()
            .statusCode(200)
            .body("preferredLanguage", equalTo("EN"))
            .extract()
            .path("version");

    // an update without the field (an older client) keeps the choice
    update.remove("preferredLanguage");
    update.put("version", version);
    as(delegate)
        .body(update)
        .put(url)
        .then()
        .statusCode(200)
        .body("preferredLanguage", equalTo("EN"));
    update.put("preferredLanguage", "FR");
    as(delegate).body(update).put(url).then().statusCode(400);
    as(delegate).get(url).then().statusCode(200).body("preferredLanguage", equalTo("EN"));
  }

  @Test
  void oneEmailPerOrganization() {
    UUID coop = registerOrganization(office, "APS");
    addPerson(etsOf(coop), coop, "Luca Verdi");
    as(etsOf(coop))
        .body(
            Map.of(
                "organizationId",
                coop,
                "fullName",
                "Luca Verdi bis",
                "email",
                "LUCA.VERDI@example.org"))
        .post("/api/v1/participants")
        .then()
        .statusCode(409)
        .body("type", equalTo(PROBLEM + "participant-email-taken"));
  }
}
