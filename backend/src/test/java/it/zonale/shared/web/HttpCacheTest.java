package it.zonale.shared.web;

import static it.zonale.support.Tokens.OGLIO_PO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import it.zonale.support.ApiTest;
import it.zonale.support.Tokens;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class HttpCacheTest extends ApiTest {
  final String office = Tokens.consortium(OGLIO_PO);

  @Test
  void anonymousReadOfAPlanIsPubliclyCacheableAndRevalidatesTo304() {
    var plan = publish(office, createPlan(office, OGLIO_PO, policyAreaIds(2)));
    String url = "/api/v1/plans/" + plan.get("id");

    var first = anonymous().get(url).then().statusCode(200);
    String etag = first.extract().header("ETag");
    assertThat(etag).matches("\"[A-Za-z0-9_-]{22}\"");
    first
        .header("Cache-Control", equalTo(HttpCacheFilter.PUBLIC_CACHE))
        .header("Vary", containsString("Authorization"))
        .body("title", equalTo(plan.get("title")));

    anonymous()
        .header("If-None-Match", etag)
        .get(url)
        .then()
        .statusCode(304)
        .header("ETag", equalTo(etag))
        .header("Cache-Control", equalTo(HttpCacheFilter.PUBLIC_CACHE))
        .body(emptyString());
    // A weak comparison, and a list of tags (RFC 9110 §13.1.2).
    anonymous().header("If-None-Match", "\"other\", W/" + etag).get(url).then().statusCode(304);
    anonymous().header("If-None-Match", "\"other\"").get(url).then().statusCode(200);

    // The plan office changes the plan: the old tag no longer matches, and a new one comes.
    as(office)
        .body(planUpdate(plan, "Piano aggiornato", List.of(), plan.get("version")))
        .put(url)
        .then()
        .statusCode(200);
    String changed =
        anonymous()
            .header("If-None-Match", etag)
            .get(url)
            .then()
            .statusCode(200)
            .body("title", equalTo("Piano aggiornato"))
            .extract()
            .header("ETag");
    assertThat(changed).isNotEqualTo(etag);
  }

  @Test
  void listsGetTagsTooAndTheTagIsTheHashOfTheBytesSent() {
    var page = anonymous().get("/api/v1/policy-areas?limit=5").then().statusCode(200).extract();
    assertThat(page.header("ETag")).isEqualTo(HttpCacheFilter.etagOf(page.asByteArray()));
    anonymous()
        .header("If-None-Match", page.header("ETag"))
        .get("/api/v1/policy-areas?limit=5")
        .then()
        .statusCode(304);
    // Another page is another representation.
    anonymous()
        .header("If-None-Match", page.header("ETag"))
        .get("/api/v1/policy-areas?limit=6")
        .then()
        .statusCode(200);
  }

  @Test
  void withATokenTheAnswerIsPrivateAndRevalidatedEveryTime() {
    var plan = createPlan(office, OGLIO_PO, policyAreaIds(1));
    String url = "/api/v1/plans/" + plan.get("id");
    String etag =
        as(office)
            .get(url)
            .then()
            .statusCode(200)
            .header("Cache-Control", equalTo(HttpCacheFilter.PRIVATE_CACHE))
            .header("Vary", containsString("Authorization"))
            .extract()
            .header("ETag");
    as(office).header("If-None-Match", etag).get(url).then().statusCode(304).body(emptyString());
  }

  @Test
  void readsForRolesOnlyAreNeverStored() {
    as(office)
        .get("/api/v1/organizations?limit=5")
        .then()
        .statusCode(200)
        .header("Cache-Control", equalTo("no-store"))
        .header("ETag", startsWith("\""));
  }

  @Test
  void problemsAndExportsKeepTheirOwnHeaders() {
    anonymous()
        .get("/api/v1/plans/" + UUID.randomUUID())
        .then()
        .statusCode(404)
        .header("ETag", nullValue())
        .header("Cache-Control", equalTo("no-store"));
    anonymous()
        .header("If-None-Match", "*")
        .get("/api/v1/plans/" + UUID.randomUUID())
        .then()
        .statusCode(404);
    anonymous().get("/api/v1/plans?limit=0").then().statusCode(400).header("ETag", nullValue());
    var plan = publish(office, createPlan(office, OGLIO_PO, List.of()));
    io.restassured.RestAssured.given()
        .accept("text/calendar")
        .get("/api/v1/plans/" + plan.get("id") + "/calendar")
        .then()
        .statusCode(200)
        .header("ETag", nullValue())
        .header("Cache-Control", equalTo("public, max-age=300"));
  }
}
