package it.zonale.plandocument;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import it.zonale.support.ApiTest;
import it.zonale.support.DemoDataProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The demo data hold the invariants of the public record, and its approved plan is on record. */
@QuarkusTest
@TestProfile(DemoDataProfile.class)
class DemoRecordInvariantsTest extends ApiTest {
  static final String CREMASCO_2025 = "b1000000-0000-4000-8000-000000000002";

  @Inject EntityManager db;

  @Inject DataSource dataSource;

  @Inject DemoPlanApproval demoApproval;

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

  /**
   * A database created before issue 15 holds the demo plan APPROVED with no approval record and no
   * frozen version. Flyway re-runs a repeatable script whose text changed, so the demo script runs
   * again on it and puts the plan back in consultation; the start then approves it through the
   * services, as on a new database.
   */
  @Test
  void aDemoDatabaseFromBeforeTheFixIsRepairedAtStart() {
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              for (String sql :
                  List.of(
                      "delete from plan_approvals where plan_id = cast(?1 as uuid)",
                      "delete from plan_document_comments where version_id in (select id from"
                          + " plan_document_versions where plan_id = cast(?1 as uuid))",
                      "delete from plan_document_exports where plan_id = cast(?1 as uuid)",
                      "delete from plan_document_versions where plan_id = cast(?1 as uuid)",
                      "update plans set status = 'APPROVED' where id = cast(?1 as uuid)")) {
                db.createNativeQuery(sql).setParameter(1, CREMASCO_2025).executeUpdate();
              }
            });
    assertThat(RecordInvariants.violations(db)).isNotEmpty();

    // Flyway runs the changed script again on such a database; here it is run as Flyway would
    runScript("db/demo/R__demo_02_plans.sql");
    assertThat((String) anonymous().get("/api/v1/plans/" + CREMASCO_2025).path("status"))
        .isEqualTo("CONSULTATION");
    demoApproval.onStart(null);

    assertThat(RecordInvariants.violations(db)).isEmpty();
    cremasco2025IsApprovedByThe48ComuniWithItsFrozenDocument();
  }

  /** A script of the classpath run as one JDBC statement, as Flyway runs a repeatable migration. */
  private void runScript(String resource) {
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource);
        Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.execute(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException | SQLException e) {
      throw new IllegalStateException(resource, e);
    }
  }
}
