package it.zonale.interest;

import static io.restassured.RestAssured.given;
import static it.zonale.support.Tokens.CREMASCO;
import static it.zonale.support.Tokens.OGLIO_PO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import it.zonale.support.ApiTest;
import it.zonale.support.Tokens;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ExpressionOfInterestResourceTest extends ApiTest {
  final String office = Tokens.consortium(OGLIO_PO);

  static String delegate(String name, UUID organizationId) {
    return Tokens.token(name, "ets", organizationId, OGLIO_PO);
  }

  static Map<String, Object> choice(Object tableId, String titular, String substitute) {
    Map<String, Object> choice = new HashMap<>();
    choice.put("tableId", tableId);
    choice.put("titularParticipantId", titular);
    if (substitute != null) {
      choice.put("substituteParticipantId", substitute);
    }
    return choice;
  }

  static Map<String, Object> body(List<Map<String, Object>> choices, Object version) {
    Map<String, Object> body = new HashMap<>();
    body.put("tableChoices", choices);
    body.put("runtsRegistered", true);
    body.put("runtsNumber", "12345");
    body.put("note", "Ci occupiamo di minori e famiglie dal 1998.");
    if (version != null) {
      body.put("version", version);
    }
    return body;
  }

  Map<String, Object> draft(String token, Object callId, List<Map<String, Object>> choices) {
    return as(token)
        .body(body(choices, null))
        .post("/api/v1/calls/" + callId + "/expressions-of-interest")
        .then()
        .statusCode(201)
        .header("Location", containsString("/api/v1/expressions-of-interest/"))
        .extract()
        .jsonPath()
        .getMap("");
  }

  Map<String, Object> submit(String token, Object id) {
    return as(token)
        .post("/api/v1/expressions-of-interest/" + id + "/submit")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getMap("");
  }

  Map<String, Object> decide(Object id, String outcome, String reason, Object version, int status) {
    Map<String, Object> decision = new HashMap<>();
    decision.put("outcome", outcome);
    decision.put("version", version);
    if (reason != null) {
      decision.put("reason", reason);
    }
    var response =
        as(office)
            .body(decision)
            .post("/api/v1/expressions-of-interest/" + id + "/decision")
            .then()
            .statusCode(status);
    return response.extract().jsonPath().getMap("");
  }

  @Test
  void theCallForInterestFromDraftToTableMembership() {
    List<String> areas = policyAreaIds(1);
    var plan = publish(office, createPlan(office, OGLIO_PO, areas));
    var anziani = createTable(office, plan.get("id"), areas);
    var minori = createTable(office, plan.get("id"), areas);
    var call =
        openCall(
            office, plan.get("id"), daysFromNow(20), List.of(anziani.get("id"), minori.get("id")));
    String eois = "/api/v1/calls/" + call.get("id") + "/expressions-of-interest";

    // ETS A (a cooperative with two delegates) drafts, edits and submits in time.
    UUID coopA = registerOrganization(office, "SOCIAL_COOPERATIVE");
    String a1 = delegate("ets.cooperativa1", coopA);
    String a2 = delegate("ets.cooperativa2", coopA);
    String giulia = newParticipantId(a1, coopA, "Giulia Ferrari");
    String marco = newParticipantId(a1, coopA, "Marco Rossi");
    var eoiA =
        as(a1)
            .body(body(List.of(choice(anziani.get("id"), giulia, null)), null))
            .post(eois)
            .then()
            .statusCode(201)
            .body("status", equalTo("DRAFT"))
            .body("late", equalTo(false))
            .body("organizationId", equalTo(coopA.toString()))
            .extract()
            .jsonPath()
            .getMap("");
    String a = "/api/v1/expressions-of-interest/" + eoiA.get("id");
    var edited =
        as(a2)
            .body(
                body(
                    List.of(
                        choice(anziani.get("id"), giulia, marco),
                        choice(minori.get("id"), marco, giulia)),
                    eoiA.get("version")))
            .put(a)
            .then()
            .statusCode(200)
            .body("tableChoices", hasSize(2))
            .extract()
            .jsonPath()
            .getMap("");
    // The first delegate saved from the old version: someone else saved first.
    as(a1)
        .body(body(List.of(choice(anziani.get("id"), giulia, null)), eoiA.get("version")))
        .put(a)
        .then()
        .statusCode(409)
        .body("type", equalTo(PROBLEM + "stale-version"));
    // A second delegate of A cannot start a second expression of interest.
    as(a2)
        .body(body(List.of(choice(minori.get("id"), marco, null)), null))
        .post(eois)
        .then()
        .statusCode(409)
        .body("type", equalTo(PROBLEM + "expression-of-interest-exists"))
        .body("detail", containsString(eoiA.get("id").toString()));
    var submittedA = submit(a2, eoiA.get("id"));
    assertThat(submittedA.get("status")).isEqualTo("SUBMITTED");
    assertThat(submittedA.get("late")).isEqualTo(false);
    assertThat(submittedA.get("version")).isNotEqualTo(edited.get("version"));
    as(a1)
        .post(a + "/submit")
        .then()
        .statusCode(422)
        .body("type", equalTo(PROBLEM + "expression-of-interest-transition-not-allowed"));

    // ETS C drafts, then withdraws before the deadline.
    UUID odvC = registerOrganization(office, "ODV");
    String c = delegate("ets.odv", odvC);
    String anna = newParticipantId(c, odvC, "Anna Bianchi");
    var eoiC = draft(c, call.get("id"), List.of(choice(minori.get("id"), anna, null)));
    // No body, hence no Content-Type, as a browser sends it.
    given()
        .header("Authorization", Tokens.bearer(c))
        .post("/api/v1/expressions-of-interest/" + eoiC.get("id") + "/withdraw")
        .then()
        .statusCode(200)
        .body("status", equalTo("WITHDRAWN"))
        .body("withdrawnAt", notNullValue());

    // The office moves the deadline into the past: the call closes.
    as(office)
        .body(
            Map.of(
                "title",
                call.get("title"),
                "text",
                call.get("text"),
                "deadline",
                daysFromNow(-1),
                "tableIds",
                call.get("tableIds"),
                "version",
                call.get("version")))
        .put("/api/v1/calls/" + call.get("id"))
        .then()
        .statusCode(200)
        .body("status", equalTo("CLOSED"));

    // ETS B (an APS) submits after the deadline: kept, and flagged late.
    UUID apsB = registerOrganization(office, "APS");
    String b = delegate("ets.aps", apsB);
    String luca = newParticipantId(b, apsB, "Luca Verdi");
    var eoiB = draft(b, call.get("id"), List.of(choice(minori.get("id"), luca, null)));
    var submittedB = submit(b, eoiB.get("id"));
    assertThat(submittedB.get("late")).isEqualTo(true);
    assertThat(submittedB.get("status")).isEqualTo("SUBMITTED");
    // After the deadline nothing is edited or withdrawn any more.
    as(a1)
        .body(body(List.of(choice(anziani.get("id"), giulia, null)), submittedA.get("version")))
        .put(a)
        .then()
        .statusCode(422)
        .body("type", equalTo(PROBLEM + "call-closed"));
    as(b)
        .post("/api/v1/expressions-of-interest/" + eoiB.get("id") + "/withdraw")
        .then()
        .statusCode(422)
        .body("type", equalTo(PROBLEM + "call-closed"));

    // Organisations never see each other's expressions of interest.
    as(a1).get("/api/v1/expressions-of-interest/" + eoiB.get("id")).then().statusCode(404);
    as(a1)
        .get(eois)
        .then()
        .statusCode(200)
        .body("total", equalTo(1))
        .body("items[0].id", equalTo(eoiA.get("id")));
    as(office)
        .get(eois)
        .then()
        .statusCode(200)
        .body("total", equalTo(3))
        .body("items.organizationId", containsInAnyOrder(coopA + "", odvC + "", apsB + ""));
    as(office).get(eois + "?late=true").then().body("items.id", containsInAnyOrder(eoiB.get("id")));
    as(office)
        .get(eois + "?status=WITHDRAWN")
        .then()
        .body("items.id", containsInAnyOrder(eoiC.get("id")));

    // The office admits A: a full member of both tables, with its titular and substitute.
    var admittedA = decide(eoiA.get("id"), "ADMITTED", null, submittedA.get("version"), 200);
    assertThat(admittedA.get("status")).isEqualTo("ADMITTED");
    assertThat(admittedA.get("decidedAt")).isNotNull();
    anonymous()
        .get("/api/v1/tables/" + anziani.get("id") + "/members")
        .then()
        .statusCode(200)
        .body("total", equalTo(1))
        .body("items[0].organizationId", equalTo(coopA.toString()))
        .body("items[0].organizationKind", equalTo("SOCIAL_COOPERATIVE"))
        .body("items[0].status", equalTo("FULL"))
        .body("items[0].titularName", equalTo("Giulia Ferrari"))
        .body("items[0].substituteName", equalTo("Marco Rossi"));
    anonymous()
        .get("/api/v1/tables/" + minori.get("id") + "/members")
        .then()
        .body("items[0].titularName", equalTo("Marco Rossi"))
        .body("items[0].substituteName", equalTo("Giulia Ferrari"));

    // B is late: rejecting needs a reason, full admission is refused, consultative is fine.
    decide(eoiB.get("id"), "REJECTED", null, submittedB.get("version"), 400);
    var refused = decide(eoiB.get("id"), "ADMITTED", null, submittedB.get("version"), 422);
    assertThat(refused.get("type")).isEqualTo(PROBLEM + "late-expression-of-interest");
    var admittedB =
        decide(eoiB.get("id"), "ADMITTED_CONSULTATIVE", null, submittedB.get("version"), 200);
    assertThat(admittedB.get("status")).isEqualTo("ADMITTED_CONSULTATIVE");
    var again = decide(eoiB.get("id"), "REJECTED", "Ci ripensiamo", admittedB.get("version"), 422);
    assertThat(again.get("type")).isEqualTo(PROBLEM + "expression-of-interest-already-decided");
    anonymous()
        .get("/api/v1/tables/" + minori.get("id") + "/members")
        .then()
        .body("total", equalTo(2))
        .body("items.find { it.organizationId == '" + apsB + "' }.status", equalTo("CONSULTATIVE"))
        .body("items.find { it.organizationId == '" + apsB + "' }.substituteName", nullValue());

    // A withdrawn one is not decided.
    var withdrawn = as(office).get("/api/v1/expressions-of-interest/" + eoiC.get("id"));
    decide(eoiC.get("id"), "ADMITTED", null, withdrawn.path("version"), 422);
  }

  @Test
  void delegatesMustBePeopleOfTheirOwnOrganizationAndTablesOfTheCall() {
    List<String> areas = policyAreaIds(1);
    var plan = publish(office, createPlan(office, OGLIO_PO, areas));
    var table = createTable(office, plan.get("id"), areas);
    var outside = createTable(office, plan.get("id"), areas);
    var call = openCall(office, plan.get("id"), daysFromNow(5), List.of(table.get("id")));
    String eois = "/api/v1/calls/" + call.get("id") + "/expressions-of-interest";
    UUID mine = registerOrganization(office, "APS");
    UUID theirs = registerOrganization(office, "ODV");
    String me = delegate("ets.mine", mine);
    String person = newParticipantId(me, mine, "Sara Neri");
    String stranger = newParticipantId(office, theirs, "Paolo Gialli");

    as(me)
        .body(body(List.of(choice(table.get("id"), stranger, null)), null))
        .post(eois)
        .then()
        .statusCode(400)
        .body("errors[0].pointer", equalTo("/tableChoices/0/titularParticipantId"))
        .body("errors[0].code", equalTo("unknown-reference"));
    as(me)
        .body(body(List.of(choice(table.get("id"), person, person)), null))
        .post(eois)
        .then()
        .statusCode(400)
        .body("errors[0].pointer", equalTo("/tableChoices/0/substituteParticipantId"))
        .body("errors[0].code", equalTo("not-allowed"));
    as(me)
        .body(body(List.of(choice(outside.get("id"), person, null)), null))
        .post(eois)
        .then()
        .statusCode(400)
        .body("errors[0].pointer", equalTo("/tableChoices/0/tableId"))
        .body("errors[0].code", equalTo("not-allowed"));
    as(me)
        .body(
            body(
                List.of(
                    choice(table.get("id"), person, null), choice(table.get("id"), person, null)),
                null))
        .post(eois)
        .then()
        .statusCode(400)
        .body("errors[0].pointer", equalTo("/tableChoices/1/tableId"));
    Map<String, Object> noRunts = body(List.of(choice(table.get("id"), person, null)), null);
    noRunts.put("runtsRegistered", false);
    as(me)
        .body(noRunts)
        .post(eois)
        .then()
        .statusCode(400)
        .body("errors[0].pointer", equalTo("/runtsNumber"));
    as(office).get(eois).then().body("total", equalTo(0));
  }

  @Test
  void onlyTheOrganizationWritesAndOnlyTheOfficeOfTheAmbitoDecides() {
    List<String> areas = policyAreaIds(1);
    var plan = publish(office, createPlan(office, OGLIO_PO, areas));
    var table = createTable(office, plan.get("id"), areas);
    var call = openCall(office, plan.get("id"), daysFromNow(5), List.of(table.get("id")));
    UUID coop = registerOrganization(office, "SOCIAL_COOPERATIVE");
    String me = delegate("ets.owner", coop);
    var eoi =
        draft(
            me,
            call.get("id"),
            List.of(choice(table.get("id"), newParticipantId(me, coop, "Ada Blu"), null)));
    String url = "/api/v1/expressions-of-interest/" + eoi.get("id");

    // The plan office cannot decide on a draft, and it writes nothing on the organisation's behalf.
    decide(eoi.get("id"), "ADMITTED", null, eoi.get("version"), 422);
    as(office).post(url + "/submit").then().statusCode(403);
    // Another ambito's plan office, and a delegate of another organisation, do not see it.
    String otherOffice = Tokens.consortium(CREMASCO);
    as(otherOffice).get(url).then().statusCode(404);
    as(otherOffice)
        .body(Map.of("outcome", "ADMITTED", "version", eoi.get("version")))
        .post(url + "/decision")
        .then()
        .statusCode(404);
    String other = delegate("ets.other", registerOrganization(office, "APS"));
    as(other).post(url + "/withdraw").then().statusCode(404);
    anonymous().get(url).then().statusCode(401);
    // Audit: the denied reads are on record for the ambito.
    as(office)
        .get("/api/v1/districts/" + OGLIO_PO + "/audit-entries?limit=100")
        .then()
        .body(
            "items.findAll { it.resourceId == '" + eoi.get("id") + "' }.action",
            hasItems("CREATE", "ACCESS_DENIED"));
  }

  @Test
  void anOrganizationOfAnotherAmbitoAndOneWithoutOrganizationCannotAnswer() {
    List<String> areas = policyAreaIds(1);
    var plan = publish(office, createPlan(office, OGLIO_PO, areas));
    var table = createTable(office, plan.get("id"), areas);
    var call = openCall(office, plan.get("id"), daysFromNow(5), List.of(table.get("id")));
    String cremascoOffice = Tokens.consortium(CREMASCO);
    String odv =
        as(cremascoOffice)
            .body(
                Map.of(
                    "name",
                    "ODV cremasca " + UUID.randomUUID(),
                    "taxCode",
                    taxCode(),
                    "kind",
                    "ODV",
                    "districtIds",
                    List.of(CREMASCO)))
            .post("/api/v1/organizations")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    String delegate = Tokens.token("ets.odv.crema", "ets", UUID.fromString(odv), CREMASCO);
    String person = newParticipantId(delegate, UUID.fromString(odv), "Elena Viola");
    as(delegate)
        .body(body(List.of(choice(table.get("id"), person, null)), null))
        .post("/api/v1/calls/" + call.get("id") + "/expressions-of-interest")
        .then()
        .statusCode(403)
        .body("type", equalTo(PROBLEM + "organization-not-in-district"));
    as(Tokens.token("ets.nobody", "ets", null, OGLIO_PO))
        .body(body(List.of(choice(table.get("id"), person, null)), null))
        .post("/api/v1/calls/" + call.get("id") + "/expressions-of-interest")
        .then()
        .statusCode(403)
        .body("type", equalTo(PROBLEM + "no-organization"));
  }
}
