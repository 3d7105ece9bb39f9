package it.zonale.plandocument;

import static it.zonale.support.Tokens.OGLIO_PO;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import it.zonale.support.ApiTest;
import it.zonale.support.Tokens;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The data the tests create hold the invariants of the public record: this test approves a plan and
 * approves the minutes of a held incontro through the API, then queries the whole database (with
 * whatever the tests before it created).
 */
@QuarkusTest
class RecordInvariantsTest extends ApiTest {
  final String office = Tokens.consortium(OGLIO_PO);

  @Inject EntityManager db;

  @Test
  void theRecordTheTestsCreateHoldsItsInvariants() {
    var plan = publish(office, createPlan(office, OGLIO_PO, policyAreaIds(1)));
    String base = "/api/v1/plans/" + plan.get("id");
    as(office).post(base + "/document/versions").then().statusCode(201);
    List<Map<String, Object>> votes = new ArrayList<>();
    for (Object istat :
        anonymous()
            .get("/api/v1/districts/" + OGLIO_PO + "/municipalities?limit=100")
            .then()
            .extract()
            .jsonPath()
            .getList("items.istatCode")) {
      votes.add(Map.of("istatCode", istat, "vote", "IN_FAVOUR"));
    }
    as(office)
        .body(
            Map.of(
                "assemblyDate",
                LocalDate.now().minusDays(1).toString(),
                "deliberation",
                "Deliberazione n. 7",
                "votes",
                votes))
        .post(base + "/approval")
        .then()
        .statusCode(201);
    String session =
        as(office)
            .body(
                Map.of(
                    "kind", "PLENARY",
                    "title", "Plenaria di monitoraggio",
                    "startsAt", daysFromNow(1),
                    "endsAt", daysFromNow(2),
                    "mode", "IN_PERSON",
                    "place", "Casalmaggiore"))
            .post(base + "/sessions")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    markHeld(office, session);
    String minutes = "/api/v1/sessions/" + session + "/minutes";
    as(office).body(Map.of("body", "Verbale", "version", 0)).put(minutes).then().statusCode(200);
    as(office).body(Map.of("version", 1)).post(minutes + "/approval").then().statusCode(200);

    System.out.println("Test data invariants over: " + RecordInvariants.coverage(db));
    assertThat(RecordInvariants.violations(db)).isEmpty();
  }
}
