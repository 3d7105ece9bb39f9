package it.zonale.approval;

import static it.zonale.support.Tokens.CREMASCO;
import static it.zonale.support.Tokens.OGLIO_PO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import it.zonale.support.ApiTest;
import it.zonale.support.Tokens;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ApprovalResourceTest extends ApiTest {
  final String office = Tokens.consortium(OGLIO_PO);

  /** The comuni of Oglio Po with their population, most populous first. */
  static List<Map<String, Object>> comuni() {
    List<Map<String, Object>> all =
        new ArrayList<>(
            anonymous()
                .get("/api/v1/districts/" + OGLIO_PO + "/municipalities?limit=100")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items"));
    all.sort(
        (a, b) -> Integer.compare((Integer) b.get("population"), (Integer) a.get("population")));
    return all;
  }

  static Map<String, Object> body(String deliberation, List<Map<String, Object>> votes) {
    Map<String, Object> body = new HashMap<>();
    body.put("assemblyDate", LocalDate.now().minusDays(1).toString());
    body.put("deliberation", deliberation);
    body.put("votes", votes);
    return body;
  }

  static List<Map<String, Object>> votes(List<Map<String, Object>> comuni, String vote) {
    List<Map<String, Object>> votes = new ArrayList<>();
    comuni.forEach(
        c -> votes.add(new HashMap<>(Map.of("istatCode", c.get("istatCode"), "vote", vote))));
    return votes;
  }

  /** A plan in consultation whose document has a first version for the assembly to approve. */
  Map<String, Object> consultationPlan() {
    Map<String, Object> plan = consultationPlanWithoutDocument();
    assembleDocument(plan);
    return plan;
  }

  Map<String, Object> consultationPlanWithoutDocument() {
    return publish(office, createPlan(office, OGLIO_PO, policyAreaIds(1)));
  }

  void assembleDocument(Map<String, Object> plan) {
    as(office)
        .post("/api/v1/plans/" + plan.get("id") + "/document/versions")
        .then()
        .statusCode(201);
  }

  String planStatus(Object planId) {
    return as(office).get("/api/v1/plans/" + planId).then().extract().path("status");
  }

  @Test
  void aCarriedVoteApprovesThePlanWithWeightedTotals() {
    Map<String, Object> plan = consultationPlan();
    List<Map<String, Object>> comuni = comuni();
    assertThat(comuni.size()).isGreaterThan(3);
    List<Map<String, Object>> votes = votes(comuni, "IN_FAVOUR");
    votes.get(1).put("vote", "AGAINST");
    votes.get(2).put("vote", "ABSTAINED");
    votes.get(3).put("vote", "ABSENT");
    String url = "/api/v1/plans/" + plan.get("id") + "/approval";
    anonymous()
        .get(url)
        .then()
        .statusCode(404)
        .body("type", equalTo(PROBLEM + "approval-not-found"));
    Map<String, Object> approval =
        as(office)
            .body(body("Deliberazione n. 3 del 28/04/2022", votes))
            .post(url)
            .then()
            .statusCode(201)
            .header("Location", containsString(url))
            .extract()
            .jsonPath()
            .getMap("");
    @SuppressWarnings("unchecked")
    Map<String, Object> totals = (Map<String, Object>) approval.get("totals");
    assertThat(totals.get("inFavour")).isEqualTo(comuni.size() - 3);
    assertThat(totals.get("against")).isEqualTo(1);
    assertThat(totals.get("abstained")).isEqualTo(1);
    assertThat(totals.get("absent")).isEqualTo(1);
    long total = comuni.stream().mapToLong(c -> (Integer) c.get("population")).sum();
    assertThat(((Number) totals.get("totalPopulation")).longValue()).isEqualTo(total);
    assertThat(((Number) totals.get("againstPopulation")).longValue())
        .isEqualTo(((Integer) comuni.get(1).get("population")).longValue());
    assertThat(totals.get("carried")).isEqualTo(true);
    assertThat(planStatus(plan.get("id"))).isEqualTo("APPROVED");
    anonymous()
        .get(url)
        .then()
        .statusCode(200)
        .body("deliberation", equalTo("Deliberazione n. 3 del 28/04/2022"))
        .body("votes.municipalityName", hasItem(comuni.get(0).get("name")))
        .body("populationSource", containsString("non ufficiali"));
    as(office)
        .body(body("Di nuovo", votes))
        .post(url)
        .then()
        .statusCode(409)
        .body("type", equalTo(PROBLEM + "approval-exists"));
    // after the vote the plan goes on by plain status changes: monitoring, then closed
    String statusUrl = "/api/v1/plans/" + plan.get("id") + "/status";
    for (String next : List.of("MONITORING", "CLOSED")) {
      int version =
          as(office).get("/api/v1/plans/" + plan.get("id")).then().extract().path("version");
      as(office)
          .body(Map.of("status", next, "version", version))
          .put(statusUrl)
          .then()
          .statusCode(200)
          .body("status", equalTo(next));
    }
    int closedVersion =
        as(office).get("/api/v1/plans/" + plan.get("id")).then().extract().path("version");
    as(office)
        .body(planUpdate(plan, "x", plan.get("policyAreaIds"), closedVersion))
        .put("/api/v1/plans/" + plan.get("id"))
        .then()
        .statusCode(422)
        .body("type", equalTo(PROBLEM + "plan-closed"));
  }

  @Test
  void aVoteThatDoesNotCarryChangesNothing() {
    Map<String, Object> plan = consultationPlan();
    List<Map<String, Object>> comuni = comuni();
    // The most populous comuni against: a majority of comuni in favour is not enough.
    List<Map<String, Object>> votes = votes(comuni, "IN_FAVOUR");
    long total = comuni.stream().mapToLong(c -> (Integer) c.get("population")).sum();
    long against = 0;
    for (int i = 0; against * 2 <= total; i++) {
      votes.get(i).put("vote", "AGAINST");
      against += (Integer) comuni.get(i).get("population");
    }
    String url = "/api/v1/plans/" + plan.get("id") + "/approval";
    as(office)
        .body(body("Deliberazione n. 4", votes))
        .post(url)
        .then()
        .statusCode(422)
        .body("type", equalTo(PROBLEM + "approval-not-carried"));
    assertThat(planStatus(plan.get("id"))).isEqualTo("CONSULTATION");
    anonymous().get(url).then().statusCode(404);
  }

  @Test
  void everyComuneMustVoteExactlyOnce() {
    Map<String, Object> plan = consultationPlan();
    List<Map<String, Object>> votes = votes(comuni(), "IN_FAVOUR");
    votes.remove(votes.size() - 1);
    votes.add(Map.of("istatCode", votes.get(0).get("istatCode"), "vote", "AGAINST"));
    votes.add(Map.of("istatCode", "999999", "vote", "IN_FAVOUR"));
    int n = votes.size();
    as(office)
        .body(body("Deliberazione n. 5", votes))
        .post("/api/v1/plans/" + plan.get("id") + "/approval")
        .then()
        .statusCode(400)
        .body("type", equalTo(PROBLEM + "invalid-input"))
        .body(
            "errors.pointer",
            equalTo(
                List.of(
                    "/votes/" + (n - 2) + "/istatCode",
                    "/votes/" + (n - 1) + "/istatCode",
                    "/votes")))
        .body("errors.code", equalTo(List.of("not-allowed", "unknown-reference", "required")));
    assertThat(planStatus(plan.get("id"))).isEqualTo("CONSULTATION");
  }

  @Test
  void onlyThePlanOfficeApprovesAPlanInConsultation() {
    Map<String, Object> draft = createPlan(office, OGLIO_PO, policyAreaIds(1));
    List<Map<String, Object>> votes = votes(comuni(), "IN_FAVOUR");
    as(office)
        .body(body("Deliberazione", votes))
        .post("/api/v1/plans/" + draft.get("id") + "/approval")
        .then()
        .statusCode(422)
        .body("type", equalTo(PROBLEM + "plan-not-in-consultation"));
    Map<String, Object> plan = consultationPlan();
    as(Tokens.consortium(CREMASCO))
        .body(body("Deliberazione", votes))
        .post("/api/v1/plans/" + plan.get("id") + "/approval")
        .then()
        .statusCode(403)
        .body("type", equalTo(PROBLEM + "not-your-district"));
    as(Tokens.withRole("comune", OGLIO_PO))
        .body(body("Deliberazione", votes))
        .post("/api/v1/plans/" + plan.get("id") + "/approval")
        .then()
        .statusCode(403);
  }

  @Test
  void withoutADocumentVersionToFreezeNothingIsApproved() {
    Map<String, Object> plan = consultationPlanWithoutDocument();
    String url = "/api/v1/plans/" + plan.get("id") + "/approval";
    List<Map<String, Object>> votes = votes(comuni(), "IN_FAVOUR");
    // The plan document observes PlanApproved and refuses: the approval is undone with it.
    as(office)
        .body(body("Deliberazione n. 6", votes))
        .post(url)
        .then()
        .statusCode(422)
        .body("type", equalTo(PROBLEM + "document-version-missing"));
    assertThat(planStatus(plan.get("id"))).isEqualTo("CONSULTATION");
    anonymous().get(url).then().statusCode(404);
    // Nothing half-done blocks a second attempt once the document is assembled.
    assembleDocument(plan);
    String approvalId =
        as(office)
            .body(body("Deliberazione n. 6", votes))
            .post(url)
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    assertThat(planStatus(plan.get("id"))).isEqualTo("APPROVED");
    anonymous()
        .get("/api/v1/plans/" + plan.get("id") + "/document/versions/1")
        .then()
        .statusCode(200)
        .body("version.frozen", equalTo(true))
        .body("version.approvalId", equalTo(approvalId));
  }
}
