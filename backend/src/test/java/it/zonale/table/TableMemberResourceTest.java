package it.zonale.table;

import static it.zonale.support.Tokens.OGLIO_PO;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import it.zonale.support.ApiTest;
import it.zonale.support.Tokens;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TableMemberResourceTest extends ApiTest {
  final String office = Tokens.consortium(OGLIO_PO);

  /** Submits an expression of interest of the organisation for the table and decides it. */
  Map<String, Object> admit(
      Object callId, Object tableId, UUID organizationId, String person, String outcome) {
    String delegate = Tokens.token("ets-" + organizationId, "ets", organizationId, OGLIO_PO);
    String id =
        as(delegate)
            .body(
                Map.of(
                    "tableChoices",
                    List.of(Map.of("tableId", tableId, "titularParticipantId", person)),
                    "runtsRegistered",
                    true))
            .post("/api/v1/calls/" + callId + "/expressions-of-interest")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    int version =
        as(delegate)
            .post("/api/v1/expressions-of-interest/" + id + "/submit")
            .then()
            .statusCode(200)
            .extract()
            .path("version");
    return as(office)
        .body(Map.of("outcome", outcome, "version", version))
        .post("/api/v1/expressions-of-interest/" + id + "/decision")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getMap("");
  }

  @Test
  void membersArePublicExactlyWhenTheTableIs() {
    List<String> areas = policyAreaIds(1);
    var plan = createPlan(office, OGLIO_PO, areas);
    var table = createTable(office, plan.get("id"), areas);
    String members = "/api/v1/tables/" + table.get("id") + "/members";
    anonymous().get(members).then().statusCode(404);
    as(Tokens.withRole("ets", OGLIO_PO)).get(members).then().statusCode(404);
    as(office).get(members).then().statusCode(200).body("total", equalTo(0));
    publish(office, plan);
    anonymous().get(members).then().statusCode(200).body("total", equalTo(0));
    anonymous().get("/api/v1/tables/" + UUID.randomUUID() + "/members").then().statusCode(404);
  }

  @Test
  void aFullMemberIsNeverLoweredByALaterConsultativeAdmission() {
    List<String> areas = policyAreaIds(1);
    var plan = publish(office, createPlan(office, OGLIO_PO, areas));
    var table = createTable(office, plan.get("id"), areas);
    var first = openCall(office, plan.get("id"), daysFromNow(10), List.of(table.get("id")));
    var second = openCall(office, plan.get("id"), daysFromNow(10), List.of(table.get("id")));
    UUID coop = registerOrganization(office, "SOCIAL_COOPERATIVE");
    String chiara = newParticipantId(office, coop, "Chiara Celeste");
    String dario = newParticipantId(office, coop, "Dario Grigio");
    admit(first.get("id"), table.get("id"), coop, chiara, "ADMITTED");
    admit(second.get("id"), table.get("id"), coop, dario, "ADMITTED_CONSULTATIVE");
    anonymous()
        .get("/api/v1/tables/" + table.get("id") + "/members")
        .then()
        .statusCode(200)
        .body("total", equalTo(1))
        .body("items[0].status", equalTo("FULL"))
        .body("items[0].titularName", equalTo("Dario Grigio"));
  }
}
