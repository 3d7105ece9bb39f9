package it.zonale.shared.web;

import static io.restassured.RestAssured.given;
import static it.zonale.support.Tokens.CREMASCO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import it.zonale.support.Tokens;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The rate limit holds against the tricks that used to open a fresh window: a new token for the
 * same person, {@code bearer} in another case; it counts what another replica counted (a row in
 * PostgreSQL), gives each role its own limit, and announces itself in the draft's headers.
 */
@QuarkusTest
@TestProfile(RateLimitTest.LowLimits.class)
class RateLimitTest {
  static final String PROBLEM = "urn:zonale:problem:";

  /** Small limits, so that a test reaches them in a few requests. */
  public static class LowLimits implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "zonale.rate-limit.per-minute", "5",
          "zonale.rate-limit.anonymous-per-minute", "3",
          "zonale.rate-limit.roles.consortium", "8");
    }
  }

  @Inject AgroalDataSource dataSource;

  /**
   * Starts with at least 30 s of the current minute left, so that no window ends mid-test (a test
   * took 18 s on a loaded 2-core machine, more than the 15 s kept before).
   */
  @BeforeEach
  void aFreshWindowWithTimeToSpare() throws Exception {
    long second = Instant.now().getEpochSecond() % 60;
    if (second > 30) {
      Thread.sleep((61 - second) * 1000);
    }
    try (Connection c = dataSource.getConnection();
        PreparedStatement delete = c.prepareStatement("delete from rate_limit_windows")) {
      delete.executeUpdate();
    }
  }

  static Response get(String authorization, String forwardedFor) {
    var request = given().accept("application/json");
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return request.get("/api/v1/plans");
  }

  static void refused(Response response, int limit) {
    response
        .then()
        .statusCode(429)
        .contentType(startsWith("application/problem+json"))
        .header("X-Content-Type-Options", "nosniff")
        .header("Retry-After", matchesPattern("[1-6]?[0-9]"))
        .body("type", equalTo(PROBLEM + "too-many-requests"));
  }

  @Test
  void newTokensAndCaseVariantsOfBearerShareThePersonsWindow() {
    String person = "ets-" + UUID.randomUUID();
    String[] schemes = {"Bearer ", "bearer ", "BEARER ", "bEaReR "};
    for (int i = 0; i < 5; i++) {
      // A new token each time, for the same subject.
      String token = Tokens.token(person, "ets", UUID.randomUUID(), CREMASCO);
      Response ok = get(schemes[i % schemes.length] + token, null);
      ok.then()
          .statusCode(200)
          .header("RateLimit-Policy", equalTo("\"minute\";q=5;w=60"))
          .header("RateLimit", startsWith("\"minute\";r=" + (4 - i) + ";t="))
          .header("X-RateLimit-Remaining", equalTo(String.valueOf(4 - i)));
    }
    refused(get("bearer " + Tokens.token(person, "ets", UUID.randomUUID(), CREMASCO), null), 5);
    // Someone else is not affected.
    get("Bearer " + Tokens.token("ets-" + UUID.randomUUID(), "ets", null, CREMASCO), null)
        .then()
        .statusCode(200);
  }

  @Test
  void aRoleHasItsOwnLimit() {
    String office = Tokens.consortium(CREMASCO);
    for (int i = 0; i < 8; i++) {
      get("Bearer " + Tokens.consortium(CREMASCO), null)
          .then()
          .statusCode(200)
          .header("RateLimit-Policy", equalTo("\"minute\";q=8;w=60"));
    }
    refused(get("Bearer " + office, null), 8);
  }

  @Test
  void anonymousCallersAreCountedByAddressAndABadTokenCountsAsAnonymous() {
    for (int i = 0; i < 2; i++) {
      get(null, null)
          .then()
          .statusCode(200)
          .header("RateLimit-Policy", equalTo("\"minute\";q=3;w=60"));
    }
    // A token that does not verify is no identity: it counts against the address too.
    get("Bearer not-a-token", null);
    refused(get(null, null), 3);
  }

  @Test
  void whatAnotherReplicaCountedCountsHere() throws Exception {
    String person = "ets-" + UUID.randomUUID();
    String token = Tokens.token(person, "ets", null, CREMASCO);
    String subject = UUID.nameUUIDFromBytes(person.getBytes()).toString();
    long now = Instant.now().getEpochSecond();
    // Another replica has already served this person 5 requests in this window.
    try (Connection c = dataSource.getConnection();
        PreparedStatement insert =
            c.prepareStatement(
                "insert into rate_limit_windows (caller_key, window_start, request_count)"
                    + " values (?, ?, 5)")) {
      insert.setString(1, RateLimitFilter.hash("subject:" + subject));
      insert.setTimestamp(2, Timestamp.from(Instant.ofEpochSecond(now - now % 60)));
      insert.executeUpdate();
    }
    refused(get("Bearer " + token, null), 5);
  }

  @Test
  void theTableHoldsNoSubjectOrAddress() throws Exception {
    get(null, null).then().statusCode(200);
    try (Connection c = dataSource.getConnection();
        PreparedStatement select = c.prepareStatement("select caller_key from rate_limit_windows");
        var rows = select.executeQuery()) {
      while (rows.next()) {
        assertThat(rows.getString(1)).matches("[0-9a-f]{32}");
      }
    }
  }
}
