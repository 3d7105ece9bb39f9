package it.zonale.changefeed;

import static it.zonale.support.Tokens.OGLIO_PO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import it.zonale.support.ApiTest;
import it.zonale.support.Tokens;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** updatedAt on plans, sessions, tables and calls, and updatedSince on their lists. */
@QuarkusTest
class IncrementalReadsTest extends ApiTest {
  final String office = Tokens.consortium(OGLIO_PO);

  @Test
  void updatedSinceListsOnlyWhatChangedFromThen() throws Exception {
    Instant before = Instant.now();
    List<String> areas = policyAreaIds(2);
    var plan = publish(office, createPlan(office, OGLIO_PO, areas));
    Object planId = plan.get("id");
    var quiet = createTable(office, planId, areas);
    var busy = createTable(office, planId, areas);
    var call = openCall(office, planId, daysFromNow(20), List.of(quiet.get("id")));
    int y = (int) plan.get("startYear");
    Map<String, Object> sessionBody =
        new java.util.HashMap<>(
            Map.of(
                "kind", "PLENARY",
                "title", "Assemblea",
                "startsAt", y + "-09-29T16:30:00+02:00",
                "endsAt", y + "-09-29T18:30:00+02:00",
                "mode", "IN_PERSON",
                "place", "Casalmaggiore",
                "agenda", List.of(Map.of("title", "Avvio"))));
    var session =
        as(office)
            .body(sessionBody)
            .post("/api/v1/plans/" + planId + "/sessions")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getMap("");
    for (var created : List.of(quiet, busy, call, session)) {
      assertThat(OffsetDateTime.parse((String) created.get("updatedAt")).toInstant())
          .isAfterOrEqualTo(before.minusSeconds(1));
    }

    Thread.sleep(20);
    String mark = Instant.now().toString();
    Thread.sleep(20);

    as(office)
        .body(
            Map.of(
                "name",
                busy.get("name") + " (rinominato)",
                "targetGroup",
                "CHILDREN_YOUTH_AND_FAMILIES",
                "level",
                "DISTRICT",
                "policyAreaIds",
                areas,
                "version",
                busy.get("version")))
        .put("/api/v1/tables/" + busy.get("id"))
        .then()
        .statusCode(200);
    as(office)
        .body(
            Map.of(
                "title", "Invito aggiornato",
                "text", "Testo aggiornato.",
                "deadline", daysFromNow(30),
                "tableIds", List.of(quiet.get("id")),
                "version", call.get("version")))
        .put("/api/v1/calls/" + call.get("id"))
        .then()
        .statusCode(200);
    sessionBody.remove("kind");
    sessionBody.put("place", "Sabbioneta");
    sessionBody.put("version", session.get("version"));
    var moved =
        as(office)
            .body(sessionBody)
            .put("/api/v1/sessions/" + session.get("id"))
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(OffsetDateTime.parse(moved.getString("updatedAt")).toInstant())
        .isAfter(Instant.parse(mark));

    anonymous()
        .queryParam("updatedSince", mark)
        .get("/api/v1/plans/" + planId + "/tables")
        .then()
        .statusCode(200)
        .body("items.id", contains(busy.get("id")))
        .body("total", equalTo(1));
    anonymous().get("/api/v1/plans/" + planId + "/tables").then().body("total", equalTo(2));
    anonymous()
        .queryParam("updatedSince", mark)
        .get("/api/v1/plans/" + planId + "/calls")
        .then()
        .statusCode(200)
        .body("items.id", contains(call.get("id")));
    anonymous()
        .queryParam("updatedSince", mark)
        .get("/api/v1/plans/" + planId + "/sessions")
        .then()
        .statusCode(200)
        .body("items.id", contains(session.get("id")));
    anonymous()
        .queryParam("updatedSince", "2100-01-01T00:00:00Z")
        .get("/api/v1/plans/" + planId + "/sessions")
        .then()
        .body("total", equalTo(0));

    // the plan itself did not change after the mark
    anonymous()
        .queryParam("updatedSince", mark)
        .queryParam("districtId", OGLIO_PO)
        .queryParam("limit", 100)
        .get("/api/v1/plans")
        .then()
        .statusCode(200)
        .body("items.id", not(hasItem(planId)));
    anonymous()
        .queryParam("updatedSince", before.toString())
        .queryParam("districtId", OGLIO_PO)
        .queryParam("limit", 100)
        .get("/api/v1/plans")
        .then()
        .body("items.id", hasItem(planId));

    anonymous().queryParam("updatedSince", "yesterday").get("/api/v1/plans").then().statusCode(400);
  }
}
