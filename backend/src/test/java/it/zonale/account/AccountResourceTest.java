package it.zonale.account;

import static it.zonale.support.Tokens.OGLIO_PO;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import it.zonale.support.ApiTest;
import it.zonale.support.Tokens;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AccountResourceTest extends ApiTest {
  final String office = Tokens.consortium(OGLIO_PO);

  @Test
  void aDelegateSeesTheOrganizationItActsFor() {
    UUID coop = registerOrganization(office, "SOCIAL_COOPERATIVE");
    as(Tokens.token("ets.cooperativa1", "ets", coop, OGLIO_PO))
        .get("/api/v1/me")
        .then()
        .statusCode(200)
        .body("username", equalTo("ets.cooperativa1"))
        .body("roles", contains("ets"))
        .body("organizationId", equalTo(coop.toString()))
        .body("organizationKind", equalTo("SOCIAL_COOPERATIVE"))
        .body("districtIds", contains(OGLIO_PO.toString()));
  }

  @Test
  void aMemberOfOneKeycloakOrganizationActsForIt() {
    UUID aps = registerOrganization(office, "APS");
    as(Tokens.memberOf("ets.aps", "ets", List.of(aps), OGLIO_PO))
        .get("/api/v1/me")
        .then()
        .statusCode(200)
        .body("organizationId", equalTo(aps.toString()));
    UUID other = registerOrganization(office, "ODV");
    as(Tokens.memberOf("ets.both", "ets", List.of(aps, other), OGLIO_PO))
        .get("/api/v1/me")
        .then()
        .statusCode(403)
        .body("type", equalTo(PROBLEM + "no-organization"));
  }

  @Test
  void anAccountWithoutAnOrganizationGetsAClear403() {
    as(Tokens.token("orphan", "ets", null, OGLIO_PO))
        .get("/api/v1/me")
        .then()
        .statusCode(403)
        .body("type", equalTo(PROBLEM + "no-organization"));
    as(Tokens.token("ghost", "ets", UUID.randomUUID(), OGLIO_PO))
        .get("/api/v1/me")
        .then()
        .statusCode(403)
        .body("type", equalTo(PROBLEM + "no-organization"));
    as(Tokens.token("orphan", "ets", null, OGLIO_PO))
        .get("/api/v1/participants")
        .then()
        .statusCode(403)
        .body("type", equalTo(PROBLEM + "no-organization"));
    anonymous().get("/api/v1/me").then().statusCode(401);
  }

  @Test
  void personalAnswersAreNeverCachedNorSniffed() {
    // Public reads without a token may be cached a minute (HttpCacheFilter); nothing else is.
    anonymous()
        .get("/api/v1/districts")
        .then()
        .statusCode(200)
        .header("Cache-Control", "public, max-age=60")
        .header("X-Content-Type-Options", "nosniff")
        .header("X-RateLimit-Limit", equalTo("1000000"));
    as(office)
        .get("/api/v1/organizations?limit=1")
        .then()
        .statusCode(200)
        .header("Cache-Control", "no-store")
        .header("X-Content-Type-Options", "nosniff");
    as(office)
        .get("/api/v1/plans/" + UUID.randomUUID())
        .then()
        .statusCode(404)
        .header("Cache-Control", "no-store")
        .header("X-Content-Type-Options", "nosniff");
  }

  @Test
  void onlyTheSpaOriginMayCallFromABrowser() {
    anonymous()
        .header("Origin", "http://localhost:5173")
        .header("Access-Control-Request-Method", "PUT")
        .options("/api/v1/plans")
        .then()
        .header("Access-Control-Allow-Origin", equalTo("http://localhost:5173"));
    anonymous()
        .header("Origin", "https://evil.example.org")
        .header("Access-Control-Request-Method", "PUT")
        .options("/api/v1/plans")
        .then()
        .header("Access-Control-Allow-Origin", nullValue());
  }
}
