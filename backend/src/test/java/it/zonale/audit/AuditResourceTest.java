package it.zonale.audit;

import static it.zonale.support.Tokens.CREMASCO;
import static it.zonale.support.Tokens.OGLIO_PO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import it.zonale.support.ApiTest;
import it.zonale.support.Tokens;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuditResourceTest extends ApiTest {
  @Inject AgroalDataSource dataSource;

  final String office = Tokens.consortium(OGLIO_PO);

  @Test
  void everyChangeIsRecordedWithItsBeforeAndAfter() {
    var plan = createPlan(office, OGLIO_PO, policyAreaIds(1));
    as(office)
        .body(planUpdate(plan, "Piano rinominato", plan.get("policyAreaIds"), 0))
        .put("/api/v1/plans/" + plan.get("id"))
        .then()
        .statusCode(200);
    var entries =
        as(office)
            .get("/api/v1/districts/" + OGLIO_PO + "/audit-entries?limit=100")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items.findAll { it.resourceId == '" + plan.get("id") + "' }", Map.class);
    assertThat(entries).extracting(e -> e.get("action")).containsExactly("UPDATE", "CREATE");
    @SuppressWarnings("unchecked")
    Map<String, Object> changes = (Map<String, Object>) entries.get(0).get("changes");
    assertThat(changes).containsOnlyKeys("title");
    assertThat(changes.get("title"))
        .isEqualTo(Map.of("before", plan.get("title"), "after", "Piano rinominato"));
    assertThat(entries.get(0).get("actorName")).isEqualTo("ufficio-" + OGLIO_PO);
  }

  @Test
  void refusedChangesAreRecordedToo() {
    var plan = publish(office, createPlan(office, OGLIO_PO, policyAreaIds(1)));
    as(Tokens.consortium(CREMASCO))
        .body(Map.of("status", "APPROVED", "version", plan.get("version")))
        .put("/api/v1/plans/" + plan.get("id") + "/status")
        .then()
        .statusCode(403);
    as(office)
        .get("/api/v1/districts/" + OGLIO_PO + "/audit-entries?limit=100")
        .then()
        .statusCode(200)
        .body(
            "items.find { it.resourceId == '" + plan.get("id") + "' }.action",
            equalTo("ACCESS_DENIED"));
  }

  @Test
  void roleRefusalsAndHiddenDraftsAreRecordedOnTheirObject() {
    var plan = publish(office, createPlan(office, OGLIO_PO, policyAreaIds(1)));
    var draft = createPlan(office, OGLIO_PO, policyAreaIds(1));
    // A role refusal (@RolesAllowed) names its object only in the path.
    as(Tokens.withRole("ets", OGLIO_PO))
        .body(Map.of("name", "Tavolo"))
        .post("/api/v1/plans/" + plan.get("id") + "/tables")
        .then()
        .statusCode(403);
    // Another ambito's draft answers 404, as an unknown id, but is on record.
    as(Tokens.consortium(CREMASCO)).get("/api/v1/plans/" + draft.get("id")).then().statusCode(404);
    var entries =
        as(office)
            .get("/api/v1/districts/" + OGLIO_PO + "/audit-entries?limit=100")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items.findAll { it.action == 'ACCESS_DENIED' }", Map.class);
    assertThat(entries)
        .filteredOn(e -> plan.get("id").equals(e.get("resourceId")))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.get("resourceType")).isEqualTo("plan");
              assertThat(e.get("changes"))
                  .isEqualTo(
                      Map.of(
                          "operation",
                          "POST /api/v1/plans/{planId}/tables",
                          "reason",
                          "role not allowed here"));
            });
    assertThat(entries)
        .filteredOn(e -> draft.get("id").equals(e.get("resourceId")))
        .singleElement()
        .satisfies(e -> assertThat(e.get("actorName")).isEqualTo("ufficio-" + CREMASCO));
  }

  @Test
  void onlyTheDistrictsPlanOfficeReadsItsLog() {
    as(Tokens.consortium(CREMASCO))
        .get("/api/v1/districts/" + OGLIO_PO + "/audit-entries")
        .then()
        .statusCode(403);
    for (String role : List.of("ets", "asst", "comune")) {
      as(Tokens.withRole(role, OGLIO_PO))
          .get("/api/v1/districts/" + OGLIO_PO + "/audit-entries")
          .then()
          .statusCode(403);
    }
    anonymous().get("/api/v1/districts/" + OGLIO_PO + "/audit-entries").then().statusCode(401);
  }

  @Test
  void theLogCannotBeChangedEvenInTheDatabase() throws SQLException {
    createPlan(office, OGLIO_PO, policyAreaIds(1));
    try (Connection c = dataSource.getConnection()) {
      assertThatThrownBy(
              () -> c.createStatement().executeUpdate("update audit_log set actor_name = 'x'"))
          .hasMessageContaining("append-only");
      assertThatThrownBy(() -> c.createStatement().executeUpdate("delete from audit_log"))
          .hasMessageContaining("append-only");
    }
  }
}
