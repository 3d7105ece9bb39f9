package it.zonale.table;

import static it.zonale.support.Tokens.OGLIO_PO;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import it.zonale.support.ApiTest;
import it.zonale.support.Tokens;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TableResourceTest extends ApiTest {
  final String office = Tokens.consortium(OGLIO_PO);
  static final String CASALASCO = "5d000000-0000-4000-8000-000000000031";

  @Test
  void matrixShowsEveryTableAgainstThePlansPolicyAreasInOneCall() {
    List<String> areas = policyAreaIds(3);
    var plan = publish(office, createPlan(office, OGLIO_PO, areas));
    var anziani =
        as(office)
            .body(
                Map.of(
                    "name",
                    "Anziani, persone disabili e non autosufficienti",
                    "targetGroup",
                    "ELDERLY_AND_DISABLED",
                    "level",
                    "SUBDISTRICT",
                    "subdistrictId",
                    CASALASCO,
                    "policyAreaIds",
                    List.of(areas.get(0), areas.get(2))))
            .post("/api/v1/plans/" + plan.get("id") + "/tables")
            .then()
            .statusCode(201)
            .body("subdistrictId", equalTo(CASALASCO))
            .extract()
            .jsonPath()
            .getMap("");
    as(office)
        .body(
            Map.of(
                "name",
                "Agenzia per i servizi abitativi",
                "targetGroup",
                "WHOLE_POPULATION",
                "level",
                "DISTRICT",
                "policyAreaIds",
                List.of(areas.get(1))))
        .post("/api/v1/plans/" + plan.get("id") + "/tables")
        .then()
        .statusCode(201);
    anonymous()
        .get("/api/v1/plans/" + plan.get("id") + "/tables/matrix")
        .then()
        .statusCode(200)
        .body("policyAreas.id", contains(areas.toArray()))
        .body("rows.size()", equalTo(2))
        .body(
            "rows.find { it.tableId == '" + anziani.get("id") + "' }.cells",
            contains(true, false, true));
  }

  @Test
  void aPolicyAreaInUseByATableStaysInThePlan() {
    List<String> areas = policyAreaIds(2);
    var plan = createPlan(office, OGLIO_PO, areas);
    createTable(office, plan.get("id"), List.of(areas.get(0)));
    as(office)
        .body(planUpdate(plan, "t", List.of(areas.get(1)), plan.get("version")))
        .put("/api/v1/plans/" + plan.get("id"))
        .then()
        .statusCode(409)
        .body("type", equalTo(PROBLEM + "policy-area-in-use"));
  }

  @Test
  void tableNamesAreUniqueInAPlanAndStaleUpdatesAreRefused() {
    List<String> areas = policyAreaIds(1);
    var plan = createPlan(office, OGLIO_PO, areas);
    var table = createTable(office, plan.get("id"), areas);
    as(office)
        .body(
            Map.of(
                "name",
                table.get("name"),
                "targetGroup",
                "OTHER",
                "level",
                "DISTRICT",
                "policyAreaIds",
                areas))
        .post("/api/v1/plans/" + plan.get("id") + "/tables")
        .then()
        .statusCode(409)
        .body("type", equalTo(PROBLEM + "table-name-taken"));
    Map<String, Object> update =
        Map.of(
            "name",
            "Minori, giovani e famiglie",
            "targetGroup",
            "CHILDREN_YOUTH_AND_FAMILIES",
            "level",
            "DISTRICT",
            "policyAreaIds",
            areas,
            "version",
            0);
    as(office)
        .body(update)
        .put("/api/v1/tables/" + table.get("id"))
        .then()
        .statusCode(200)
        .body("version", equalTo(1));
    as(office)
        .body(update)
        .put("/api/v1/tables/" + table.get("id"))
        .then()
        .statusCode(409)
        .body("type", equalTo(PROBLEM + "stale-version"));
  }

  @Test
  void aTableWithSessionsCannotBeDeletedButAnEmptyOneCan() {
    List<String> areas = policyAreaIds(1);
    var plan = createPlan(office, OGLIO_PO, areas);
    var busy = createTable(office, plan.get("id"), areas);
    as(office)
        .body(
            Map.of(
                "kind",
                "TABLE",
                "tableId",
                busy.get("id"),
                "title",
                "x",
                "startsAt",
                "2030-01-01T10:00:00Z",
                "endsAt",
                "2030-01-01T11:00:00Z",
                "mode",
                "IN_PERSON",
                "place",
                "Sala"))
        .post("/api/v1/plans/" + plan.get("id") + "/sessions")
        .then()
        .statusCode(201);
    as(office)
        .delete("/api/v1/tables/" + busy.get("id"))
        .then()
        .statusCode(409)
        .body("type", equalTo(PROBLEM + "still-referenced"));
    var empty = createTable(office, plan.get("id"), areas);
    as(office).delete("/api/v1/tables/" + empty.get("id")).then().statusCode(204);
    as(office).get("/api/v1/tables/" + busy.get("id")).then().statusCode(200);
  }
}
