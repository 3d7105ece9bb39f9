package it.zonale.shared;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import it.zonale.support.ApiTest;
import it.zonale.support.Tokens;
import java.net.URL;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Prometheus metrics (docs/operations.md): served by the management interface only, with HTTP
 * server metrics whose uri label is a template, never a raw identifier.
 */
@QuarkusTest
class MetricsEndpointTest extends ApiTest {

  private static final Pattern UUID_TEXT =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  // Relative to the management root path (/q): the URL is http://localhost:<port>/q/metrics.
  @TestHTTPResource(value = "/metrics", management = true)
  URL metrics;

  @Test
  void metricsAreOnTheManagementInterfaceWithTemplatedPathsAndNoIdentifiers() {
    String office = Tokens.consortium(Tokens.OGLIO_PO);
    // Requests with identifiers in the path: a matched resource (404 for an unknown plan), one that
    // matches no resource, and one refused before the resource (no token).
    anonymous().get("/api/v1/plans/" + UUID.randomUUID()).then().statusCode(404);
    anonymous().get("/api/v1/nothing-here/" + UUID.randomUUID()).then().statusCode(404);
    as(office).get("/api/v1/plans/" + UUID.randomUUID()).then().statusCode(404);
    anonymous()
        .body("{}")
        .contentType("application/json")
        .post("/api/v1/plans/" + UUID.randomUUID() + "/publication")
        .then()
        .statusCode(org.hamcrest.Matchers.greaterThanOrEqualTo(400));
    // a method the path does not take: 405 carries no template (seen in CI as a raw-path label)
    as(office).body("{}").patch("/api/v1/plans/" + UUID.randomUUID()).then().statusCode(405);

    String text = given().get(metrics).then().statusCode(200).extract().body().asString();

    assertThat(text).contains("http_server_requests_seconds_count");
    assertThat(text).contains("uri=\"/api/v1/plans/{planId}\"");
    assertThat(UUID_TEXT.matcher(text).find())
        .as("a raw UUID in a metric label:\n%s", firstUuidLine(text))
        .isFalse();
    assertThat(text).contains("zonale_outbox_pending");

    // Not on the main port: what the Service and the ingress expose.
    anonymous().get("/q/metrics").then().statusCode(404);
  }

  private static String firstUuidLine(String text) {
    return text.lines().filter(l -> UUID_TEXT.matcher(l).find()).findFirst().orElse("");
  }
}
