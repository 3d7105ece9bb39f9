package it.zonale.call;

import static it.zonale.support.Tokens.CREMASCO;
import static it.zonale.support.Tokens.OGLIO_PO;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import it.zonale.support.ApiTest;
import it.zonale.support.Tokens;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CallResourceTest extends ApiTest {
  final String office = Tokens.consortium(OGLIO_PO);

  static Map<String, Object> update(Map<String, Object> call, String deadline, List<?> tableIds) {
    return Map.of(
        "title", call.get("title"),
        "text", call.get("text"),
        "deadline", deadline,
        "tableIds", tableIds,
        "version", call.get("version"));
  }

  @Test
  void theOfficeOpensACallThatEveryoneReadsOnceThePlanIsPublished() {
    List<String> areas = policyAreaIds(1);
    var plan = createPlan(office, OGLIO_PO, areas);
    var anziani = createTable(office, plan.get("id"), areas);
    var minori = createTable(office, plan.get("id"), areas);
    String id =
        as(office)
            .body(
                Map.of(
                    "title",
                    "Invito al Terzo settore per il Piano di Zona",
                    "text",
                    "Si chiede di comunicare la propria manifestazione d'interesse entro il"
                        + " 10 settembre 2021 secondo il fac-simile allegato (allegato A).",
                    "deadline",
                    "2021-09-10T21:59:00Z",
                    "tableIds",
                    List.of(anziani.get("id"), minori.get("id"))))
            .post("/api/v1/plans/" + plan.get("id") + "/calls")
            .then()
            .statusCode(201)
            .header("Location", containsString("/api/v1/calls/"))
            .body("deadline", equalTo("2021-09-10T23:59:00+02:00"))
            .body("status", equalTo("CLOSED"))
            .body("tableIds", containsInAnyOrder(anziani.get("id"), minori.get("id")))
            .extract()
            .path("id");
    // A draft plan's calls are hidden, like the plan.
    anonymous().get("/api/v1/calls/" + id).then().statusCode(404);
    anonymous().get("/api/v1/plans/" + plan.get("id") + "/calls").then().statusCode(404);
    publish(office, plan);
    anonymous()
        .get("/api/v1/plans/" + plan.get("id") + "/calls")
        .then()
        .statusCode(200)
        .body("total", equalTo(1))
        .body("items[0].id", equalTo(id));
    anonymous()
        .get("/api/v1/calls/" + id)
        .then()
        .statusCode(200)
        .body("planId", equalTo(plan.get("id")));
  }

  @Test
  void theStatusFollowsTheDeadlineAndAStaleUpdateIsRefused() {
    List<String> areas = policyAreaIds(1);
    var plan = publish(office, createPlan(office, OGLIO_PO, areas));
    var table = createTable(office, plan.get("id"), areas);
    var call = openCall(office, plan.get("id"), daysFromNow(10), List.of(table.get("id")));
    String url = "/api/v1/calls/" + call.get("id");
    anonymous().get(url).then().body("status", equalTo("OPEN"));
    as(office)
        .body(update(call, daysFromNow(-2), List.of(table.get("id"))))
        .put(url)
        .then()
        .statusCode(200)
        .body("status", equalTo("CLOSED"));
    as(office)
        .body(update(call, daysFromNow(30), List.of(table.get("id"))))
        .put(url)
        .then()
        .statusCode(409)
        .body("type", equalTo(PROBLEM + "stale-version"));
    as(Tokens.consortium(CREMASCO))
        .body(update(call, daysFromNow(30), List.of(table.get("id"))))
        .put(url)
        .then()
        .statusCode(403);
  }

  @Test
  void tablesMustBeThePlansEachOnce() {
    List<String> areas = policyAreaIds(1);
    var plan = publish(office, createPlan(office, OGLIO_PO, areas));
    var other = publish(office, createPlan(office, OGLIO_PO, areas));
    var table = createTable(office, plan.get("id"), areas);
    var foreign = createTable(office, other.get("id"), areas);
    String calls = "/api/v1/plans/" + plan.get("id") + "/calls";
    Map<String, Object> body =
        Map.of(
            "title",
            "Invito",
            "text",
            "Testo",
            "deadline",
            daysFromNow(3),
            "tableIds",
            List.of(table.get("id"), foreign.get("id")));
    as(office)
        .body(body)
        .post(calls)
        .then()
        .statusCode(400)
        .body("errors[0].pointer", equalTo("/tableIds/1"))
        .body("errors[0].code", equalTo("not-allowed"));
    as(office)
        .body(
            Map.of(
                "title",
                "Invito",
                "text",
                "Testo",
                "deadline",
                daysFromNow(3),
                "tableIds",
                List.of(UUID.randomUUID())))
        .post(calls)
        .then()
        .statusCode(400)
        .body("errors[0].pointer", equalTo("/tableIds/0"))
        .body("errors[0].code", equalTo("unknown-reference"));
    as(office)
        .body(
            Map.of(
                "title",
                "Invito",
                "text",
                "Testo",
                "deadline",
                daysFromNow(3),
                "tableIds",
                List.of(table.get("id"), table.get("id"))))
        .post(calls)
        .then()
        .statusCode(400)
        .body("errors[0].pointer", equalTo("/tableIds/1"));
    as(office)
        .body(
            Map.of(
                "title", "Invito",
                "text", "x".repeat(20001),
                "deadline", daysFromNow(3),
                "tableIds", List.of(table.get("id"))))
        .post(calls)
        .then()
        .statusCode(400)
        .body("errors[0].pointer", equalTo("/text"))
        .body("errors[0].code", equalTo("too-long"));
    as(Tokens.withRole("ets", OGLIO_PO)).body(body).post(calls).then().statusCode(403);
    anonymous().get(calls).then().body("total", equalTo(0));
  }

  @Test
  void aChosenTableStaysInTheCallAndAnAnsweredCallIsNotDeleted() {
    List<String> areas = policyAreaIds(1);
    var plan = publish(office, createPlan(office, OGLIO_PO, areas));
    var chosen = createTable(office, plan.get("id"), areas);
    var spare = createTable(office, plan.get("id"), areas);
    var call =
        openCall(
            office, plan.get("id"), daysFromNow(10), List.of(chosen.get("id"), spare.get("id")));
    UUID coop = registerOrganization(office, "SOCIAL_COOPERATIVE");
    String delegate = Tokens.token("ets.coop", "ets", coop, OGLIO_PO);
    String person = newParticipantId(delegate, coop, "Rita Marrone");
    as(delegate)
        .body(
            Map.of(
                "tableChoices",
                List.of(Map.of("tableId", chosen.get("id"), "titularParticipantId", person)),
                "runtsRegistered",
                false))
        .post("/api/v1/calls/" + call.get("id") + "/expressions-of-interest")
        .then()
        .statusCode(201);
    String url = "/api/v1/calls/" + call.get("id");
    as(office)
        .body(update(call, daysFromNow(10), List.of(spare.get("id"))))
        .put(url)
        .then()
        .statusCode(409)
        .body("type", equalTo(PROBLEM + "call-table-chosen"));
    as(office)
        .body(update(call, daysFromNow(10), List.of(chosen.get("id"))))
        .put(url)
        .then()
        .statusCode(200)
        .body("tableIds", containsInAnyOrder(chosen.get("id")));
    as(office).delete(url).then().statusCode(409).body("type", equalTo(PROBLEM + "call-answered"));
    // A table listed in a call is not deleted from under it.
    as(office).delete("/api/v1/tables/" + chosen.get("id")).then().statusCode(409);

    var unanswered = openCall(office, plan.get("id"), daysFromNow(10), List.of(spare.get("id")));
    as(office).delete("/api/v1/calls/" + unanswered.get("id")).then().statusCode(204);
    anonymous().get("/api/v1/calls/" + unanswered.get("id")).then().statusCode(404);
  }
}
