package it.zonale.plandocument;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import it.zonale.support.ApiTest;
import it.zonale.support.DemoDataProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The demo data hold the invariants of the public record, and its approved plan is on record. */
@QuarkusTest
@TestProfile(DemoDataProfile.class)
class DemoRecordInvariantsTest extends ApiTest {
  static final String CREMASCO_2025 = "b1000000-0000-4000-8000-000000000002";

  @Inject EntityManager db;

  @Test
  void theDemoRecordHoldsItsInvariants() {
    System.out.println("Demo data invariants over: " + RecordInvariants.coverage(db));
    assertThat(RecordInvariants.violations(db)).isEmpty();
  }

  @Test
  void cremasco2025IsApprovedByThe48ComuniWithItsFrozenDocument() {
    String base = "/api/v1/plans/" + CREMASCO_2025;
    assertThat((String) anonymous().get(base).then().extract().path("status"))
        .isEqualTo("APPROVED");
    Map<String, Object> approval =
        anonymous().get(base + "/approval").then().statusCode(200).extract().jsonPath().getMap("");
    assertThat((List<?>) approval.get("votes")).hasSize(48);
    @SuppressWarnings("unchecked")
    Map<String, Object> totals = (Map<String, Object>) approval.get("totals");
    assertThat(totals.get("carried")).isEqualTo(true);
    assertThat(((Number) totals.get("totalPopulation")).longValue()).isGreaterThan(150_000);
    assertThat(
            anonymous()
                .get(base + "/document/versions?limit=100")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .<Object>getList("items.findAll { it.frozenAt != null }"))
        .hasSize(1);
  }
}
