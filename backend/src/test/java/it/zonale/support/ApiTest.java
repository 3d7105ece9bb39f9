package it.zonale.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Helpers for API tests: requests as a given user, and small builders of test data through the API. */
public abstract class ApiTest {
  protected static final String PROBLEM = "urn:zonale:problem:";

  protected static RequestSpecification anonymous() {
    return given().contentType(ContentType.JSON).accept(ContentType.JSON);
  }

  protected static RequestSpecification as(String token) {
    return anonymous().header("Authorization", Tokens.bearer(token));
  }

  /** Policy areas of the reference catalogue (migration V008). */
  protected static List<String> policyAreaIds(int count) {
    return anonymous().get("/api/v1/policy-areas?limit=" + count).then().statusCode(200)
        .extract().jsonPath().getList("items.id", String.class);
  }

  /** A new draft plan of the district, with a unique period so tests never collide. */
  protected static Map<String, Object> createPlan(String token, UUID districtId, List<String> areaIds) {
    int start = 2030 + (int) (Math.abs(UUID.randomUUID().getMostSignificantBits()) % 60);
    for (int attempt = 0; attempt < 20; attempt++) {
      ValidatableResponse r = as(token).body(Map.of("districtId", districtId, "title", "Piano di Zona test " + start,
              "startYear", start, "endYear", start + 2, "policyAreaIds", areaIds))
          .post("/api/v1/plans").then();
      if (r.extract().statusCode() == 201) {
        return r.extract().jsonPath().getMap("");
      }
      start = 2000 + (start - 2000 + 7) % 98;
    }
    throw new IllegalStateException("could not create a plan");
  }

  protected static Map<String, Object> publish(String token, Map<String, Object> plan) {
    return as(token).body(Map.of("status", "CONSULTATION", "version", plan.get("version")))
        .put("/api/v1/plans/" + plan.get("id") + "/status").then().statusCode(200).extract().jsonPath().getMap("");
  }

  protected static Map<String, Object> createTable(String token, Object planId, List<String> areaIds) {
    return as(token).body(Map.of("name", "Tavolo " + UUID.randomUUID(), "targetGroup", "CHILDREN_YOUTH_AND_FAMILIES",
            "level", "DISTRICT", "policyAreaIds", areaIds))
        .post("/api/v1/plans/" + planId + "/tables").then().statusCode(201).extract().jsonPath().getMap("");
  }
}
