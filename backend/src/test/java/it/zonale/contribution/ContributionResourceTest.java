package it.zonale.contribution;

import static io.restassured.RestAssured.given;
import static it.zonale.support.Tokens.CREMASCO;
import static it.zonale.support.Tokens.OGLIO_PO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import it.zonale.support.ApiTest;
import it.zonale.support.Tokens;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ContributionResourceTest extends ApiTest {
  final String office = Tokens.consortium(OGLIO_PO);

  static Map<String, Object> body(String title, Object version, Map<String, Object> extra) {
    Map<String, Object> body = new HashMap<>();
    body.put("title", title);
    body.put("text", "Servono più ore di assistenza domiciliare per gli anziani soli.");
    body.putAll(extra);
    if (version != null) {
      body.put("version", version);
    }
    return body;
  }

  static String member(String role, UUID organizationId) {
    return Tokens.token(role + "." + organizationId, role, organizationId, OGLIO_PO);
  }

  static Map<String, Object> draft(String token, Object planId, Map<String, Object> body) {
    return as(token)
        .body(body)
        .post("/api/v1/plans/" + planId + "/contributions")
        .then()
        .statusCode(201)
        .header("Location", containsString("/api/v1/contributions/"))
        .extract()
        .jsonPath()
        .getMap("");
  }

  static Map<String, Object> submit(String token, Object id) {
    return given()
        .header("Authorization", Tokens.bearer(token))
        .post("/api/v1/contributions/" + id + "/submit")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getMap("");
  }

  Map<String, Object> answer(Object id, String outcome, String reasoning, Object version) {
    return as(office)
        .body(Map.of("outcome", outcome, "reasoning", reasoning, "version", version))
        .put("/api/v1/contributions/" + id + "/answer")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getMap("");
  }

  Map<String, Object> consultationPlan(List<String> areas) {
    return publish(office, createPlan(office, OGLIO_PO, areas));
  }

  @Test
  void anIstanzaFromDraftToPublicAnswer() {
    List<String> areas = policyAreaIds(2);
    var plan = consultationPlan(areas);
    var table = createTable(office, plan.get("id"), areas);
    UUID coop = registerOrganization(office, "SOCIAL_COOPERATIVE");
    String delegate1 = member("ets", coop);
    String delegate2 = Tokens.token("ets.second." + coop, "ets", coop, OGLIO_PO);

    var created =
        draft(
            delegate1,
            plan.get("id"),
            body(
                "Domiciliarità",
                null,
                Map.of("tableId", table.get("id"), "policyAreaIds", List.of(areas.get(0)))));
    assertThat(created.get("status")).isEqualTo("DRAFT");
    assertThat(created.get("number")).isNull();
    assertThat(created.get("reference")).isNull();
    assertThat(created.get("organizationId")).isEqualTo(coop.toString());
    String url = "/api/v1/contributions/" + created.get("id");

    var edited =
        as(delegate2)
            .body(body("Domiciliarità e caregiver", created.get("version"), Map.of()))
            .put(url)
            .then()
            .statusCode(200)
            .body("title", equalTo("Domiciliarità e caregiver"))
            .body("tableId", nullValue())
            .extract()
            .jsonPath()
            .getMap("");
    // The first delegate saved from the old version: someone else saved first.
    as(delegate1)
        .body(body("Domiciliarità", created.get("version"), Map.of()))
        .put(url)
        .then()
        .statusCode(409)
        .body("type", equalTo(PROBLEM + "stale-version"));

    var submitted = submit(delegate1, created.get("id"));
    assertThat(submitted.get("status")).isEqualTo("SUBMITTED");
    assertThat(submitted.get("number")).isEqualTo(1);
    assertThat(submitted.get("reference")).isEqualTo("IST-001");
    assertThat(submitted.get("submittedAt")).isNotNull();
    assertThat(submitted.get("version")).isNotEqualTo(edited.get("version"));
    // A submitted istanza is no longer a draft: not editable, not submittable again.
    as(delegate1)
        .body(body("Altro", submitted.get("version"), Map.of()))
        .put(url)
        .then()
        .statusCode(422)
        .body("type", equalTo(PROBLEM + "contribution-not-editable"));
    as(delegate1)
        .post(url + "/submit")
        .then()
        .statusCode(422)
        .body("type", equalTo(PROBLEM + "contribution-transition-not-allowed"));

    // Before the answer: hidden from the public and other organisations, seen by the office.
    anonymous().get(url).then().statusCode(404);
    as(member("ets", registerOrganization(office, "APS"))).get(url).then().statusCode(404);
    as(office).get(url).then().statusCode(200).body("status", equalTo("SUBMITTED"));

    // The answer needs a reasoning.
    as(office)
        .body(Map.of("outcome", "ACCEPTED", "reasoning", " ", "version", submitted.get("version")))
        .put(url + "/answer")
        .then()
        .statusCode(400)
        .body("errors[0].pointer", equalTo("/reasoning"))
        .body("errors[0].code", equalTo("required"));
    var answered =
        answer(
            created.get("id"),
            "TAKEN_INTO_ACCOUNT",
            "Nel tavolo anziani.",
            submitted.get("version"));
    assertThat(answered.get("status")).isEqualTo("ANSWERED");
    assertThat(answered.get("answeredAt")).isNotNull();
    // A correction made on the old version is stale.
    as(office)
        .body(
            Map.of(
                "outcome",
                "ACCEPTED",
                "reasoning",
                "Obiettivo 2.",
                "version",
                submitted.get("version")))
        .put(url + "/answer")
        .then()
        .statusCode(409)
        .body("type", equalTo(PROBLEM + "stale-version"));
    answer(created.get("id"), "ACCEPTED", "Ripresa nell'obiettivo 2.", answered.get("version"));

    // Answered: public, with the answer; an answered one cannot be withdrawn.
    anonymous()
        .get(url)
        .then()
        .statusCode(200)
        .body("outcome", equalTo("ACCEPTED"))
        .body("reasoning", equalTo("Ripresa nell'obiettivo 2."))
        .body("reference", equalTo("IST-001"));
    as(delegate1)
        .post(url + "/withdraw")
        .then()
        .statusCode(422)
        .body("type", equalTo(PROBLEM + "contribution-transition-not-allowed"));
    // Another plan office may read it but not answer it.
    as(Tokens.consortium(CREMASCO))
        .body(Map.of("outcome", "NOT_PERTINENT", "reasoning", "No.", "version", 0))
        .put(url + "/answer")
        .then()
        .statusCode(403)
        .body("type", equalTo(PROBLEM + "not-your-district"));
  }

  @Test
  void numbersFollowSubmissionAndAreNeverReused() {
    var plan = consultationPlan(policyAreaIds(1));
    String ets = member("ets", registerOrganization(office, "ODV"));
    String comune = member("comune", registerOrganization(office, "MUNICIPALITY"));
    String asst = member("asst", registerOrganization(office, "ASST"));
    var first = draft(ets, plan.get("id"), body("Prima", null, Map.of()));
    var second = draft(comune, plan.get("id"), body("Seconda", null, Map.of()));
    var third = draft(asst, plan.get("id"), body("Terza", null, Map.of()));
    // Numbered in order of submission, not of drafting.
    assertThat(submit(comune, second.get("id")).get("number")).isEqualTo(1);
    var withdrawn =
        given()
            .header("Authorization", Tokens.bearer(ets))
            .post("/api/v1/contributions/" + submit(ets, first.get("id")).get("id") + "/withdraw")
            .then()
            .statusCode(200)
            .body("status", equalTo("WITHDRAWN"))
            .body("withdrawnAt", notNullValue())
            .extract()
            .jsonPath()
            .getMap("");
    assertThat(withdrawn.get("number")).isEqualTo(2);
    assertThat(submit(asst, third.get("id")).get("reference")).isEqualTo("IST-003");
    // A draft withdrawn before submission never had a number.
    var dropped = draft(ets, plan.get("id"), body("Ripensamento", null, Map.of()));
    as(ets)
        .post("/api/v1/contributions/" + dropped.get("id") + "/withdraw")
        .then()
        .statusCode(200)
        .body("number", nullValue());
  }

  @Test
  void concurrentSubmissionsNeverShareANumber() throws Exception {
    var plan = consultationPlan(policyAreaIds(1));
    int n = 8;
    List<String> tokens = new ArrayList<>();
    List<Object> ids = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String token = member("ets", registerOrganization(office, "APS"));
      tokens.add(token);
      ids.add(draft(token, plan.get("id"), body("Istanza " + i, null, Map.of())).get("id"));
    }
    ExecutorService pool = Executors.newFixedThreadPool(n);
    try {
      List<Callable<Object>> jobs = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        int k = i;
        jobs.add(() -> submit(tokens.get(k), ids.get(k)).get("number"));
      }
      List<Object> numbers = new ArrayList<>();
      for (Future<Object> f : pool.invokeAll(jobs)) {
        numbers.add(f.get());
      }
      assertThat(numbers).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6, 7, 8);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void eachCallerSeesWhatItMayInThePlansList() {
    List<String> areas = policyAreaIds(2);
    var plan = consultationPlan(areas);
    var table = createTable(office, plan.get("id"), areas);
    UUID mineOrg = registerOrganization(office, "SOCIAL_COOPERATIVE");
    UUID otherOrg = registerOrganization(office, "APS");
    String mine = member("ets", mineOrg);
    String other = member("ets", otherOrg);
    var myDraft = draft(mine, plan.get("id"), body("Bozza mia", null, Map.of()));
    var mySubmitted =
        submit(
            mine,
            draft(
                    mine,
                    plan.get("id"),
                    body("Inviata mia", null, Map.of("policyAreaIds", List.of(areas.get(1)))))
                .get("id"));
    var othersAnswered =
        submit(
            other,
            draft(other, plan.get("id"), body("Altrui", null, Map.of("tableId", table.get("id"))))
                .get("id"));
    answer(othersAnswered.get("id"), "NOT_PERTINENT", "Fuori tema.", othersAnswered.get("version"));
    draft(other, plan.get("id"), body("Bozza altrui", null, Map.of()));
    String list = "/api/v1/plans/" + plan.get("id") + "/contributions";

    anonymous().get(list).then().statusCode(200).body("items.title", containsInAnyOrder("Altrui"));
    as(mine)
        .get(list)
        .then()
        .statusCode(200)
        .body("items.title", containsInAnyOrder("Bozza mia", "Inviata mia", "Altrui"))
        .body("total", equalTo(3));
    as(mine)
        .get(list + "?organizationId=" + mineOrg)
        .then()
        .body("items.title", containsInAnyOrder("Bozza mia", "Inviata mia"));
    // The office sees what was submitted, never drafts; filters narrow it.
    as(office)
        .get(list)
        .then()
        .body("items.title", containsInAnyOrder("Inviata mia", "Altrui"))
        .body("items[0].reference", equalTo("IST-001"));
    as(office)
        .get(list + "?status=SUBMITTED")
        .then()
        .body("items.title", containsInAnyOrder("Inviata mia"));
    as(office)
        .get(list + "?tableId=" + table.get("id"))
        .then()
        .body("items.title", containsInAnyOrder("Altrui"));
    as(office)
        .get(list + "?policyAreaId=" + areas.get(1))
        .then()
        .body("items.title", containsInAnyOrder("Inviata mia"));
    as(office)
        .get(list + "?organizationId=" + otherOrg + "&limit=1")
        .then()
        .body("total", equalTo(1))
        .body("limit", equalTo(1));
    // A draft is its organisation's alone, even for the office.
    as(office).get("/api/v1/contributions/" + myDraft.get("id")).then().statusCode(404);
    as(office)
        .body(Map.of("outcome", "ACCEPTED", "reasoning", "Sì.", "version", myDraft.get("version")))
        .put("/api/v1/contributions/" + myDraft.get("id") + "/answer")
        .then()
        .statusCode(404)
        .body("type", equalTo(PROBLEM + "contribution-not-found"));
    assertThat(mySubmitted.get("policyAreaIds")).isEqualTo(List.of(areas.get(1)));
  }

  @Test
  void badInputIsRefusedWithPointersAndCodes() {
    List<String> areas = policyAreaIds(3);
    var plan = consultationPlan(areas.subList(0, 2));
    var otherPlan = consultationPlan(areas.subList(0, 2));
    var foreignTable = createTable(office, otherPlan.get("id"), areas.subList(0, 1));
    String ets = member("ets", registerOrganization(office, "ODV"));
    String create = "/api/v1/plans/" + plan.get("id") + "/contributions";

    as(ets)
        .body(body(" ", null, Map.of()))
        .post(create)
        .then()
        .statusCode(400)
        .body("errors[0].pointer", equalTo("/title"))
        .body("errors[0].code", equalTo("required"));
    as(ets)
        .body(body("x".repeat(201), null, Map.of()))
        .post(create)
        .then()
        .statusCode(400)
        .body("errors[0].pointer", equalTo("/title"))
        .body("errors[0].code", equalTo("too-long"));
    as(ets)
        .body(body("Tavolo", null, Map.of("tableId", foreignTable.get("id"))))
        .post(create)
        .then()
        .statusCode(400)
        .body("errors[0].pointer", equalTo("/tableId"))
        .body("errors[0].code", equalTo("unknown-reference"));
    as(ets)
        .body(body("Sessione", null, Map.of("sessionId", UUID.randomUUID())))
        .post(create)
        .then()
        .statusCode(400)
        .body("errors[0].pointer", equalTo("/sessionId"))
        .body("errors[0].code", equalTo("unknown-reference"));
    as(ets)
        .body(body("Aree", null, Map.of("policyAreaIds", List.of(areas.get(0), areas.get(2)))))
        .post(create)
        .then()
        .statusCode(400)
        .body("errors[0].pointer", equalTo("/policyAreaIds/1"))
        .body("errors[0].code", equalTo("unknown-reference"));

    // A draft plan is hidden from an ETS, and closed to istanze for a comune that can read it.
    var draftPlan = createPlan(office, OGLIO_PO, areas.subList(0, 1));
    String draftCreate = "/api/v1/plans/" + draftPlan.get("id") + "/contributions";
    as(ets)
        .body(body("Presto", null, Map.of()))
        .post(draftCreate)
        .then()
        .statusCode(404)
        .body("type", equalTo(PROBLEM + "plan-not-found"));
    as(member("comune", registerOrganization(office, "MUNICIPALITY")))
        .body(body("Presto", null, Map.of()))
        .post(draftCreate)
        .then()
        .statusCode(422)
        .body("type", equalTo(PROBLEM + "plan-not-in-consultation"));
    // An organisation of another ambito.
    String stranger = registerCremascoOrganization();
    as(stranger)
        .body(body("Altrove", null, Map.of()))
        .post(create)
        .then()
        .statusCode(403)
        .body("type", equalTo(PROBLEM + "organization-not-in-district"));
  }

  /** A delegate of an organisation that works only in Cremasco. */
  String registerCremascoOrganization() {
    String cremascoOffice = Tokens.consortium(CREMASCO);
    String id =
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
    return Tokens.token("ets.cremasco." + id, "ets", UUID.fromString(id), CREMASCO);
  }
}
