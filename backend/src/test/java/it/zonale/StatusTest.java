package it.zonale;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class StatusTest {
  @Test
  void statusAnswersProblemJsonWhenUp() {
    given()
        .get("/api/v1/status")
        .then()
        .statusCode(200)
        .contentType(startsWith("application/problem+json"))
        .body("status", equalTo(200))
        .body("title", equalTo("OK"));
  }

  @Test
  void unknownPathIsAProblemNotAnHtmlPage() {
    given()
        .get("/api/v1/nothing-here")
        .then()
        .statusCode(404)
        .contentType(startsWith("application/problem+json"))
        .body("type", equalTo("urn:zonale:problem:not-found"));
  }
}
