package it.zonale.hostile;

import static it.zonale.support.Tokens.CREMONESE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import it.zonale.support.ApiTest;
import it.zonale.support.DatabaseOutageProfile;
import it.zonale.support.InjectDatabaseSwitch;
import it.zonale.support.Tokens;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * With PostgreSQL gone, or every pooled connection taken, the API answers at once 503 problem+json
 * with {@code Retry-After} (not 500, not a hang), and serves again by itself when the database is
 * back.
 */
@QuarkusTest
@TestProfile(DatabaseOutageProfile.class)
class DatabaseOutageTest extends ApiTest {
  static final String OFFICE = Tokens.consortium(CREMONESE);

  @InjectDatabaseSwitch Consumer<Boolean> database;

  @Inject AgroalDataSource pool;

  @AfterEach
  void databaseBack() {
    database.accept(true);
  }

  static void isUnavailable(Response response) {
    response
        .then()
        .statusCode(503)
        .contentType(startsWith("application/problem+json"))
        .header("X-Content-Type-Options", "nosniff")
        .header("Retry-After", equalTo("5"))
        .body("type", equalTo(PROBLEM + "service-unavailable"))
        .body("status", equalTo(503));
  }

  @Test
  void withPostgresqlStoppedReadsAndWritesAre503AndTheApiRecoversByItself() {
    List<String> areas = policyAreaIds(1);
    database.accept(false);
    long started = System.nanoTime();
    isUnavailable(anonymous().get("/api/v1/plans"));
    isUnavailable(
        as(OFFICE)
            .body(
                java.util.Map.of(
                    "districtId",
                    CREMONESE,
                    "title",
                    "Piano",
                    "startYear",
                    2001,
                    "endYear",
                    2003,
                    "policyAreaIds",
                    areas))
            .post("/api/v1/plans"));
    long seconds = (System.nanoTime() - started) / 1_000_000_000L;
    // Bounded by the pool's acquisition timeout (2 s here, met once per request), never a hang;
    // the margin is for a loaded 2-core CI machine.
    assertThat(seconds).isLessThan(15);

    database.accept(true);
    anonymous().get("/api/v1/plans").then().statusCode(200);
    createPlan(OFFICE, CREMONESE, areas);
  }

  @Test
  void withEveryPooledConnectionTakenAnswersAre503AfterTheAcquisitionTimeout() throws Exception {
    anonymous().get("/api/v1/plans").then().statusCode(200);
    List<Connection> taken = new ArrayList<>();
    try {
      for (int i = 0; i < pool.getConfiguration().connectionPoolConfiguration().maxSize(); i++) {
        taken.add(pool.getConnection());
      }
      long started = System.nanoTime();
      isUnavailable(anonymous().get("/api/v1/plans"));
      assertThat((System.nanoTime() - started) / 1_000_000L).isLessThan(8_000);
    } finally {
      for (Connection connection : taken) {
        connection.close();
      }
    }
    anonymous().get("/api/v1/plans").then().statusCode(200);
  }
}
