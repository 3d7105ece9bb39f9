package it.zonale.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import it.zonale.support.ApiTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RequestIdTest extends ApiTest {

  @Test
  void everyAnswerCarriesARequestIdAndAGatewaysOwnIdIsKept() {
    String fresh =
        anonymous().get("/api/v1/status").then().statusCode(200).extract().header("X-Request-Id");
    assertThat(UUID.fromString(fresh)).isNotNull();

    anonymous()
        .header("X-Request-Id", "ingress-4f2a9c1e")
        .get("/api/v1/status")
        .then()
        .header("X-Request-Id", equalTo("ingress-4f2a9c1e"));

    // Not a plain token: replaced, never echoed.
    String replaced =
        anonymous()
            .header("X-Request-Id", "<script>alert(1)</script>")
            .get("/api/v1/nothing-here")
            .then()
            .statusCode(404)
            .extract()
            .header("X-Request-Id");
    assertThat(UUID.fromString(replaced)).isNotNull();
  }
}
