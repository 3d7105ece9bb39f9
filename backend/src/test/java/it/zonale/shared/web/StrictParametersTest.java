package it.zonale.shared.web;

import static it.zonale.support.Tokens.OGLIO_PO;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import it.zonale.support.ApiTest;
import it.zonale.support.Tokens;
import org.junit.jupiter.api.Test;

/** Issue 19, strict input: unknown query parameters and malformed UUIDs are a 400 naming them. */
@QuarkusTest
class StrictParametersTest extends ApiTest {
  final String office = Tokens.consortium(OGLIO_PO);

  @Test
  void anUnknownQueryParameterIsA400NamingIt() {
    anonymous()
        .get("/api/v1/plans?changedAfter=2026-01-01T00:00:00Z&limit=5")
        .then()
        .statusCode(400)
        .contentType(startsWith("application/problem+json"))
        .body("type", equalTo(PROBLEM + "unknown-query-parameter"))
        .body("errors", hasSize(1))
        .body("errors[0].pointer", equalTo("changedAfter"))
        .body("errors[0].code", equalTo("not-allowed"))
        .body("errors[0].detail", containsString("limit"));
  }

  @Test
  void everyUnknownParameterIsNamedAlsoOnAnOperationWithoutAny() {
    as(office)
        .get("/api/v1/districts/" + OGLIO_PO + "?b=1&a=2")
        .then()
        .statusCode(400)
        .body("type", equalTo(PROBLEM + "unknown-query-parameter"))
        .body("errors.pointer", equalTo(java.util.List.of("a", "b")));
  }

  @Test
  void aMalformedUuidInTheQueryIsA400() {
    anonymous()
        .get("/api/v1/plans?districtId=1-1-1-1-1")
        .then()
        .statusCode(400)
        .contentType(startsWith("application/problem+json"))
        .body("type", equalTo(PROBLEM + "invalid-parameter"))
        .body("errors[0].pointer", equalTo("districtId"))
        .body("errors[0].code", equalTo("invalid-format"));
  }

  @Test
  void aMalformedUuidInThePathIsA400() {
    for (String id : new String[] {"abc", "1-1-1-1-1", OGLIO_PO + "0"}) {
      as(office)
          .get("/api/v1/districts/" + id)
          .then()
          .statusCode(400)
          .body("type", equalTo(PROBLEM + "invalid-parameter"))
          .body("errors[0].pointer", equalTo("districtId"))
          .body("errors[0].code", equalTo("invalid-format"));
    }
  }

  @Test
  void declaredParametersStillWork() {
    anonymous()
        .get("/api/v1/plans?districtId=" + OGLIO_PO + "&limit=5&offset=0")
        .then()
        .statusCode(200);
    // Upper-case hex is a UUID too.
    as(office).get("/api/v1/districts/" + OGLIO_PO.toString().toUpperCase()).then().statusCode(200);
    // The shared paging bean's parameters are known on the operations that take it.
    as(office).get("/api/v1/organizations?limit=2").then().statusCode(200);
  }
}
