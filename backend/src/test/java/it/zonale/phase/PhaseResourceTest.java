package it.zonale.phase;

import static it.zonale.support.Tokens.CREMASCO;
import static it.zonale.support.Tokens.OGLIO_PO;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import it.zonale.support.ApiTest;
import it.zonale.support.Tokens;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PhaseResourceTest extends ApiTest {
  final String office = Tokens.consortium(CREMASCO);

  Map<String, Object> add(Object planId, Map<String, Object> phase) {
    return as(office)
        .body(phase)
        .post("/api/v1/plans/" + planId + "/phases")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getMap("");
  }

  @Test
  void theTimelineListsPhasesInDateOrderWithMilestones() {
    // The Cremasco 2015-2017 timeline of the seed article, added out of order.
    var plan = createPlan(office, CREMASCO, policyAreaIds(1));
    var approval =
        add(
            plan.get("id"),
            Map.of(
                "kind",
                "APPROVAL",
                "name",
                "Approvazione entro il 30 aprile",
                "startDate",
                "2015-04-30"));
    var drafting =
        add(
            plan.get("id"),
            Map.of(
                "kind",
                "DRAFTING",
                "name",
                "Stesura",
                "startDate",
                "2015-02-01",
                "endDate",
                "2015-03-31"));
    var event =
        add(
            plan.get("id"),
            Map.of("kind", "OPEN_EVENT", "name", "Evento aperto", "startDate", "2015-03-20"));
    var socialisation =
        add(
            plan.get("id"),
            Map.of(
                "kind",
                "SOCIALISATION",
                "name",
                "Socializzazione della bozza",
                "startDate",
                "2015-04-01",
                "endDate",
                "2015-04-29"));
    anonymous().get("/api/v1/plans/" + plan.get("id") + "/phases").then().statusCode(404);
    as(office)
        .get("/api/v1/plans/" + plan.get("id") + "/phases")
        .then()
        .statusCode(200)
        .body("total", equalTo(4))
        .body(
            "items.id",
            contains(
                drafting.get("id"), event.get("id"), socialisation.get("id"), approval.get("id")));
    as(office)
        .get("/api/v1/phases/" + approval.get("id"))
        .then()
        .statusCode(200)
        .body("$", not(hasKey("endDate")))
        .body("kind", equalTo("APPROVAL"));
  }

  @Test
  void phasesAreEditedWithTheirVersionAndRemoved() {
    var plan = createPlan(office, CREMASCO, policyAreaIds(1));
    var phase =
        add(
            plan.get("id"),
            Map.of("kind", "DRAFTING", "name", "Stesura", "startDate", "2015-02-01"));
    String url = "/api/v1/phases/" + phase.get("id");
    Map<String, Object> update =
        Map.of(
            "kind",
            "DRAFTING",
            "name",
            "Stesura del documento",
            "startDate",
            "2015-02-02",
            "endDate",
            "2015-03-31",
            "version",
            0);
    as(office)
        .body(update)
        .put(url)
        .then()
        .statusCode(200)
        .body("version", equalTo(1))
        .body("name", equalTo("Stesura del documento"));
    as(office)
        .body(update)
        .put(url)
        .then()
        .statusCode(409)
        .body("type", equalTo(PROBLEM + "stale-version"));
    as(Tokens.consortium(OGLIO_PO)).delete(url).then().statusCode(404);
    as(office).delete(url).then().statusCode(204);
    as(office).get(url).then().statusCode(404).body("type", equalTo(PROBLEM + "phase-not-found"));
  }
}
