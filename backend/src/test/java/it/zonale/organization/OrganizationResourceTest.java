package it.zonale.organization;

import static it.zonale.support.Tokens.CREMASCO;
import static it.zonale.support.Tokens.OGLIO_PO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import it.zonale.support.ApiTest;
import it.zonale.support.Tokens;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OrganizationResourceTest extends ApiTest {
  final String office = Tokens.consortium(OGLIO_PO);

  @Test
  void taxCodeCheckDigitIsValidated() {
    assertThat(TaxCode.Validator.isValid("00000000000")).isTrue();
    assertThat(TaxCode.Validator.isValid("01234567890")).isFalse();
    String valid = taxCode();
    String wrongCheck = valid.substring(0, 10) + ((valid.charAt(10) - '0' + 1) % 10);
    as(office)
        .body(
            Map.of(
                "name",
                "Cooperativa",
                "taxCode",
                wrongCheck,
                "kind",
                "SOCIAL_COOPERATIVE",
                "districtIds",
                List.of(OGLIO_PO)))
        .post("/api/v1/organizations")
        .then()
        .statusCode(400)
        .body("errors[0].pointer", equalTo("/taxCode"))
        .body("errors[0].code", equalTo("invalid-tax-code"));
  }

  @Test
  void aTaxCodeIsRegisteredOnce() {
    String code = taxCode();
    Map<String, Object> body =
        Map.of(
            "name",
            "APS Insieme",
            "taxCode",
            code,
            "kind",
            "APS",
            "runtsSection",
            "APS",
            "runtsNumber",
            "12345",
            "districtIds",
            List.of(OGLIO_PO));
    as(office)
        .body(body)
        .post("/api/v1/organizations")
        .then()
        .statusCode(201)
        .body("runtsSection", equalTo("APS"));
    as(office)
        .body(body)
        .post("/api/v1/organizations")
        .then()
        .statusCode(409)
        .body("type", equalTo(PROBLEM + "organization-tax-code-taken"));
  }

  @Test
  void publicBodiesHaveNoRuntsRegistration() {
    as(office)
        .body(
            Map.of(
                "name",
                "Comune di Prova",
                "taxCode",
                taxCode(),
                "kind",
                "MUNICIPALITY",
                "runtsNumber",
                "1",
                "districtIds",
                List.of(OGLIO_PO)))
        .post("/api/v1/organizations")
        .then()
        .statusCode(400)
        .body("errors[0].pointer", equalTo("/runtsNumber"))
        .body("errors[0].code", equalTo("not-allowed"));
  }

  @Test
  void theOrganizationItselfUpdatesItsProfileAndOthersCannot() {
    UUID id = registerOrganization(office, "ODV");
    String self = Tokens.token("delegato", "ets", id, OGLIO_PO);
    Map<String, Object> update =
        Map.of(
            "name",
            "ODV Volontari Casalaschi",
            "kind",
            "ODV",
            "runtsSection",
            "ODV",
            "email",
            "odv@example.org",
            "districtIds",
            List.of(OGLIO_PO),
            "version",
            0);
    as(self)
        .body(update)
        .put("/api/v1/organizations/" + id)
        .then()
        .statusCode(200)
        .body("name", equalTo("ODV Volontari Casalaschi"))
        .body("version", equalTo(1));
    as(Tokens.withRole("ets", OGLIO_PO))
        .body(update)
        .put("/api/v1/organizations/" + id)
        .then()
        .statusCode(403);
    as(Tokens.consortium(CREMASCO))
        .body(update)
        .put("/api/v1/organizations/" + id)
        .then()
        .statusCode(403);
    as(self).body(update).put("/api/v1/organizations/" + id).then().statusCode(409);
  }

  @Test
  void listFiltersByKindAndNameAndNeedsAToken() {
    registerOrganization(office, "FOUNDATION");
    anonymous().get("/api/v1/organizations").then().statusCode(401);
    as(office)
        .get("/api/v1/organizations?kind=FOUNDATION&districtId=" + OGLIO_PO)
        .then()
        .statusCode(200)
        .body("items.kind", everyItem(equalTo("FOUNDATION")));
    as(office)
        .get("/api/v1/organizations?q=%25_%5C")
        .then()
        .statusCode(200)
        .body("total", equalTo(0));
  }

  @Test
  void aPlanOfficeRegistersOnlyInItsOwnDistrict() {
    as(office)
        .body(
            Map.of(
                "name",
                "Altro",
                "taxCode",
                taxCode(),
                "kind",
                "APS",
                "districtIds",
                List.of(CREMASCO)))
        .post("/api/v1/organizations")
        .then()
        .statusCode(403);
  }

  // --- Organisations across ambiti (issue 15) ---

  final String cremascoOffice = Tokens.consortium(CREMASCO);

  static Map<String, Object> read(UUID id) {
    return as(Tokens.consortium(OGLIO_PO))
        .get("/api/v1/organizations/" + id)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getMap("");
  }

  /** The body of PUT /organizations/{id}: the stored profile with these changes. */
  static Map<String, Object> profile(Map<String, Object> org, Object... changes) {
    Map<String, Object> body = new HashMap<>();
    for (String field :
        List.of("name", "kind", "runtsNumber", "runtsSection", "email", "pec", "districtIds")) {
      if (org.get(field) != null) {
        body.put(field, org.get(field));
      }
    }
    body.put("version", org.get("version"));
    for (int i = 0; i < changes.length; i += 2) {
      if (changes[i + 1] == null) {
        body.remove((String) changes[i]);
      } else {
        body.put((String) changes[i], changes[i + 1]);
      }
    }
    return body;
  }

  /** The refusals the audit log of this ambito holds for this organisation. */
  static List<Map<String, Object>> denials(String officeToken, UUID districtId, UUID id) {
    List<Map<String, Object>> entries =
        as(officeToken)
            .get("/api/v1/districts/" + districtId + "/audit-entries?limit=100")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items");
    return entries.stream()
        .filter(e -> id.toString().equals(e.get("resourceId")))
        .filter(e -> "ACCESS_DENIED".equals(e.get("action")))
        .toList();
  }

  /** An organisation of Cremasco that the plan office of Oglio Po adds to its own register. */
  UUID inCremascoAndOglioPo() {
    UUID id = registerIn(cremascoOffice, CREMASCO, "ODV");
    as(office)
        .body(profile(read(id), "districtIds", List.of(CREMASCO, OGLIO_PO)))
        .put("/api/v1/organizations/" + id)
        .then()
        .statusCode(200)
        .body("districtIds", containsInAnyOrder(CREMASCO.toString(), OGLIO_PO.toString()));
    return id;
  }

  @Test
  void anOrganisationDoesNotChangeItsOwnAmbitiTheirPlanOfficesDo() {
    UUID id = registerIn(cremascoOffice, CREMASCO, "ODV");
    String delegate = Tokens.token("delegato." + id, "ets", id, CREMASCO);
    Map<String, Object> stored = read(id);
    // neither adding another ambito nor leaving its own: each is a plan office's register
    for (List<UUID> districts : List.of(List.of(CREMASCO, OGLIO_PO), List.of(OGLIO_PO))) {
      as(delegate)
          .body(profile(stored, "name", "Cambiato dall'ente", "districtIds", districts))
          .put("/api/v1/organizations/" + id)
          .then()
          .statusCode(422)
          .body("type", equalTo(PROBLEM + "organization-districts-by-office"));
    }
    assertThat(read(id)).isEqualTo(stored);
    // the rest of its profile it still edits, sending its ambiti as they are
    as(delegate)
        .body(profile(stored, "name", "Cambiato dall'ente"))
        .put("/api/v1/organizations/" + id)
        .then()
        .statusCode(200)
        .body("name", equalTo("Cambiato dall'ente"))
        .body("districtIds", contains(CREMASCO.toString()));

    // the plan office of Oglio Po adds its own ambito, and only its own
    Map<String, Object> before = read(id);
    as(office)
        .body(profile(before, "districtIds", List.of(OGLIO_PO)))
        .put("/api/v1/organizations/" + id)
        .then()
        .statusCode(403)
        .body("type", equalTo(PROBLEM + "not-your-district"));
    assertThat(read(id)).isEqualTo(before);
    as(office)
        .body(profile(before, "districtIds", List.of(CREMASCO, OGLIO_PO)))
        .put("/api/v1/organizations/" + id)
        .then()
        .statusCode(200)
        .body("districtIds", containsInAnyOrder(CREMASCO.toString(), OGLIO_PO.toString()));
  }

  static UUID registerIn(String officeToken, UUID districtId, String kind) {
    Map<String, Object> body = new HashMap<>();
    body.put("name", kind + " " + UUID.randomUUID());
    body.put("taxCode", taxCode());
    body.put("kind", kind);
    if (kind.equals("APS") || kind.equals("ODV")) {
      body.put("runtsSection", kind);
      body.put("runtsNumber", "R-" + kind);
    }
    body.put("districtIds", List.of(districtId));
    return UUID.fromString(
        as(officeToken)
            .body(body)
            .post("/api/v1/organizations")
            .then()
            .statusCode(201)
            .extract()
            .path("id"));
  }

  @Test
  void aPlanOfficeRegistersOnlyInItsOwnAmbitiNotAlsoInAnother() {
    String name = "Cooperativa " + UUID.randomUUID();
    as(office)
        .body(
            Map.of(
                "name",
                name,
                "taxCode",
                taxCode(),
                "kind",
                "SOCIAL_COOPERATIVE",
                "districtIds",
                List.of(OGLIO_PO, CREMASCO)))
        .post("/api/v1/organizations")
        .then()
        .statusCode(403)
        .body("type", equalTo(PROBLEM + "not-your-district"));
    as(office).get("/api/v1/organizations?q=" + name).then().body("total", equalTo(0));
  }

  @Test
  void aPlanOfficeCannotRemoveAnotherAmbitoAndTheAttemptIsAudited() {
    UUID id = inCremascoAndOglioPo();
    Map<String, Object> stored = read(id);
    as(office)
        .body(profile(stored, "name", "Tolto da Cremasco", "districtIds", List.of(OGLIO_PO)))
        .put("/api/v1/organizations/" + id)
        .then()
        .statusCode(403)
        .body("type", equalTo(PROBLEM + "not-your-district"));
    assertThat(read(id)).isEqualTo(stored);
    List<Map<String, Object>> denied = denials(cremascoOffice, CREMASCO, id);
    assertThat(denied).hasSize(1);
    assertThat(denied.get(0).get("resourceType")).isEqualTo("organization");
    assertThat(denials(office, OGLIO_PO, id)).isEmpty();

    // Keeping Cremasco as it is, the office edits the profile and may drop its own ambito.
    as(office)
        .body(profile(stored, "name", "Rinominato da Oglio Po"))
        .put("/api/v1/organizations/" + id)
        .then()
        .statusCode(200)
        .body("name", equalTo("Rinominato da Oglio Po"))
        .body("districtIds", containsInAnyOrder(CREMASCO.toString(), OGLIO_PO.toString()));
    as(office)
        .body(profile(read(id), "districtIds", List.of(CREMASCO)))
        .put("/api/v1/organizations/" + id)
        .then()
        .statusCode(200)
        .body("districtIds", contains(CREMASCO.toString()));
  }

  @Test
  void aPlanOfficeCannotAddAnotherAmbitoAndTheAttemptIsAudited() {
    UUID id = registerIn(office, OGLIO_PO, "APS");
    Map<String, Object> stored = read(id);
    as(office)
        .body(profile(stored, "districtIds", List.of(OGLIO_PO, CREMASCO)))
        .put("/api/v1/organizations/" + id)
        .then()
        .statusCode(403)
        .body("type", equalTo(PROBLEM + "not-your-district"));
    assertThat(read(id)).isEqualTo(stored);
    assertThat(denials(cremascoOffice, CREMASCO, id)).hasSize(1);
    as(cremascoOffice)
        .get("/api/v1/organizations?districtId=" + CREMASCO + "&q=" + stored.get("name"))
        .then()
        .body("total", equalTo(0));
  }

  @Test
  void anEtsChangeOfItsConfirmedKindIsAProposalItsPlanOfficeDecides() {
    UUID id = registerIn(office, OGLIO_PO, "APS");
    String self = Tokens.token("delegato." + id, "ets", id, OGLIO_PO);
    Map<String, Object> stored = read(id);
    assertThat(stored.get("kindConfirmedAt")).isNotNull();

    as(self)
        .body(
            profile(
                stored,
                "kind",
                "MUNICIPALITY",
                "runtsSection",
                null,
                "runtsNumber",
                null,
                "email",
                "nuovo@example.org"))
        .put("/api/v1/organizations/" + id)
        .then()
        .statusCode(200)
        .body("kind", equalTo("APS"))
        .body("runtsSection", equalTo("APS"))
        .body("proposedKind", equalTo("MUNICIPALITY"))
        .body("proposedRuntsSection", nullValue())
        .body("email", equalTo("nuovo@example.org"));
    String name = (String) stored.get("name");
    as(office)
        .get("/api/v1/organizations?kind=MUNICIPALITY&q=" + name)
        .then()
        .body("total", equalTo(0));

    // Only a plan office of its ambiti decides; the organisation's own attempt (refused by role)
    // and another office's are refused, and each is audited once.
    Map<String, Object> proposed = read(id);
    Map<String, Object> accept = Map.of("outcome", "ACCEPTED", "version", proposed.get("version"));
    String decision = "/api/v1/organizations/" + id + "/kind-proposal/decision";
    as(self).body(accept).post(decision).then().statusCode(403);
    as(cremascoOffice)
        .body(accept)
        .post(decision)
        .then()
        .statusCode(403)
        .body("type", equalTo(PROBLEM + "not-your-district"));
    assertThat(denials(office, OGLIO_PO, id)).hasSize(2);
    as(office)
        .body(Map.of("outcome", "ACCEPTED", "version", 0))
        .post(decision)
        .then()
        .statusCode(409);
    assertThat(read(id)).isEqualTo(proposed);

    as(office)
        .body(accept)
        .post(decision)
        .then()
        .statusCode(200)
        .body("kind", equalTo("MUNICIPALITY"))
        .body("runtsSection", nullValue())
        .body("runtsNumber", nullValue())
        .body("proposedKind", nullValue());
    as(office)
        .body(Map.of("outcome", "REJECTED", "version", read(id).get("version")))
        .post(decision)
        .then()
        .statusCode(422)
        .body("type", equalTo(PROBLEM + "no-kind-proposal"));
  }

  @Test
  void aRejectedProposalLeavesTheConfirmedKindAndAnOfficeEditConfirms() {
    UUID id = registerIn(office, OGLIO_PO, "ODV");
    String self = Tokens.token("delegato." + id, "ets", id, OGLIO_PO);
    as(self)
        .body(profile(read(id), "kind", "APS", "runtsSection", "APS"))
        .put("/api/v1/organizations/" + id)
        .then()
        .statusCode(200)
        .body("proposedKind", equalTo("APS"))
        .body("proposedRuntsSection", equalTo("APS"));
    // Saving the profile again with the confirmed kind keeps the proposal waiting.
    as(self)
        .body(profile(read(id), "email", "odv@example.org"))
        .put("/api/v1/organizations/" + id)
        .then()
        .statusCode(200)
        .body("kind", equalTo("ODV"))
        .body("proposedKind", equalTo("APS"));
    as(office)
        .body(Map.of("outcome", "REJECTED", "version", read(id).get("version")))
        .post("/api/v1/organizations/" + id + "/kind-proposal/decision")
        .then()
        .statusCode(200)
        .body("kind", equalTo("ODV"))
        .body("runtsSection", equalTo("ODV"))
        .body("proposedKind", nullValue());

    // The office's own edit of kind applies at once and settles a waiting proposal.
    as(self)
        .body(profile(read(id), "kind", "OTHER_ETS", "runtsSection", "OTHER_ETS"))
        .put("/api/v1/organizations/" + id)
        .then()
        .statusCode(200)
        .body("proposedKind", equalTo("OTHER_ETS"));
    as(office)
        .body(profile(read(id), "kind", "APS", "runtsSection", "APS"))
        .put("/api/v1/organizations/" + id)
        .then()
        .statusCode(200)
        .body("kind", equalTo("APS"))
        .body("proposedKind", nullValue());
  }

  @Test
  void anOrganisationNeverConfirmedStillChangesItsOwnKind() {
    UUID id = registerIn(office, OGLIO_PO, "APS");
    io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
        .run(
            () ->
                io.quarkus.arc.Arc.container()
                    .instance(jakarta.persistence.EntityManager.class)
                    .get()
                    .createNativeQuery(
                        "update organizations set kind_confirmed_at = null where id = ?1")
                    .setParameter(1, id)
                    .executeUpdate());
    as(Tokens.token("delegato." + id, "ets", id, OGLIO_PO))
        .body(profile(read(id), "kind", "ODV", "runtsSection", "ODV"))
        .put("/api/v1/organizations/" + id)
        .then()
        .statusCode(200)
        .body("kind", equalTo("ODV"))
        .body("kindConfirmedAt", nullValue())
        .body("proposedKind", nullValue());
  }

  @Test
  void theAccordoRegisterCountsOnlyConfirmedKinds() {
    Object planId = publish(office, createPlan(office, OGLIO_PO, policyAreaIds(2))).get("id");
    UUID asst = registerIn(office, OGLIO_PO, "ASST");
    Map<String, Object> agreement =
        as(office)
            .body(
                Map.of(
                    "title", "Accordo di programma",
                    "deliberationReference", "Delibera n. 1",
                    "summary", "Accordo tra i comuni dell'ambito e l'ASST.",
                    "signedOn", "2025-02-26",
                    "validFrom", "2025-01-01",
                    "validTo", "2027-12-31",
                    "signatories",
                        List.of(
                            Map.of(
                                "organizationId",
                                asst.toString(),
                                "signatoryRole",
                                "Direttore generale")),
                    "version", 0))
            .put("/api/v1/plans/" + planId + "/agreement")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getMap("");
    as(office)
        .body(Map.of("version", agreement.get("version")))
        .post("/api/v1/plans/" + planId + "/agreement/signature")
        .then()
        .statusCode(200);
    UUID aps = registerIn(office, OGLIO_PO, "APS");
    String self = Tokens.token("delegato." + aps, "ets", aps, OGLIO_PO);
    String person = newParticipantId(office, aps, "Anna Bianchi");
    String start = OffsetDateTime.now().plusYears(1).withNano(0).toString();
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
    Map<String, Object> adhesion =
        as(self)
            .body(Map.of("note", "Abbiamo partecipato."))
            .post("/api/v1/plans/" + planId + "/agreement/adhesions")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getMap("");
    as(office)
        .body(Map.of("outcome", "ACCEPTED", "version", adhesion.get("version")))
        .post("/api/v1/adhesions/" + adhesion.get("id") + "/decision")
        .then()
        .statusCode(200);
    String register = "/api/v1/plans/" + planId + "/agreement/register";
    anonymous()
        .get(register)
        .then()
        .statusCode(200)
        .body("countsByKind.find { it.kind == 'APS' }.count", equalTo(1));

    // The delegate relabels its organisation: the register still counts the confirmed kind.
    as(self)
        .body(profile(read(aps), "kind", "SOCIAL_COOPERATIVE", "runtsSection", "OTHER_ETS"))
        .put("/api/v1/organizations/" + aps)
        .then()
        .statusCode(200)
        .body("proposedKind", equalTo("SOCIAL_COOPERATIVE"));
    anonymous()
        .get(register)
        .then()
        .body("countsByKind.find { it.kind == 'APS' }.count", equalTo(1))
        .body("countsByKind.find { it.kind == 'SOCIAL_COOPERATIVE' }", nullValue());

    // Once the plan office accepts, it counts the new kind.
    as(office)
        .body(Map.of("outcome", "ACCEPTED", "version", read(aps).get("version")))
        .post("/api/v1/organizations/" + aps + "/kind-proposal/decision")
        .then()
        .statusCode(200);
    anonymous()
        .get(register)
        .then()
        .body("countsByKind.find { it.kind == 'APS' }", nullValue())
        .body("countsByKind.find { it.kind == 'SOCIAL_COOPERATIVE' }.count", equalTo(1));
  }
}
