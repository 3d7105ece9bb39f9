package it.zonale.keycloak;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Access with real tokens from the real Keycloak (same distribution and realm as ./zonale up),
 * which ./zonale test starts and names in -Dzonale.test.keycloak-url. Demo users act for demo
 * organisations.
 */
@QuarkusTest
@TestProfile(RealKeycloakProfile.class)
@EnabledIfSystemProperty(named = "zonale.test.keycloak-url", matches = ".+")
class RealKeycloakTest {
  static final String PASSWORD = "Zonale-demo-2026";
  static final String OGLIO_PO_PLAN = "b1000000-0000-4000-8000-000000000001";
  static final String COOPERATIVE = "0a000000-0000-4000-8000-000000000006";

  static String keycloakUrl() {
    return System.getProperty("zonale.test.keycloak-url", "http://localhost:8180");
  }

  static String token(String realm, String client, String username, String password) {
    return given()
        .formParams(
            Map.of(
                "grant_type",
                "password",
                "client_id",
                client,
                "username",
                username,
                "password",
                password))
        .post(keycloakUrl() + "/realms/" + realm + "/protocol/openid-connect/token")
        .then()
        .statusCode(200)
        .extract()
        .path("access_token");
  }

  static String demo(String username) {
    return token("zonale", "zonale-spa", username, PASSWORD);
  }

  static RequestSpecification as(String token) {
    return given().contentType(ContentType.JSON).header("Authorization", "Bearer " + token);
  }

  @Test
  void everyDemoUserIsKnownWithItsOrganization() {
    Map<String, String> kinds =
        Map.of(
            "ufficio.casalasco",
            "CONSORTIUM",
            "ufficio.cremasco",
            "CONSORTIUM",
            "asst.cremona",
            "ASST",
            "asst.crema",
            "ASST",
            "ets.cooperativa1",
            "SOCIAL_COOPERATIVE",
            "ets.cooperativa2",
            "SOCIAL_COOPERATIVE",
            "ets.aps",
            "APS",
            "ets.odv",
            "ODV",
            "comune.casalmaggiore",
            "MUNICIPALITY",
            "comune.crema",
            "MUNICIPALITY");
    kinds.forEach(
        (user, kind) ->
            as(demo(user))
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("username", equalTo(user))
                .body("organizationKind", equalTo(kind)));
    as(demo("ets.cooperativa1"))
        .get("/api/v1/me")
        .then()
        .body("organizationId", equalTo(COOPERATIVE));
    as(demo("ets.cooperativa2"))
        .get("/api/v1/me")
        .then()
        .body("organizationId", equalTo(COOPERATIVE));
    // Both delegates are members of the cooperative's Keycloak organisation, whose alias is our id.
    for (String delegate : List.of("ets.cooperativa1", "ets.cooperativa2")) {
      String payload =
          new String(
              Base64.getUrlDecoder().decode(demo(delegate).split("\\.")[1]),
              StandardCharsets.UTF_8);
      assertThat(payload).contains("\"organization\":[\"" + COOPERATIVE + "\"]");
    }
  }

  @Test
  void planOfficesManageOnlyTheirOwnDistrict() {
    var plan =
        given().get("/api/v1/plans/" + OGLIO_PO_PLAN).then().statusCode(200).extract().jsonPath();
    Map<String, Object> update =
        Map.of(
            "title",
            plan.getString("title") + " (aggiornato)",
            "startYear",
            plan.getInt("startYear"),
            "endYear",
            plan.getInt("endYear"),
            "policyAreaIds",
            plan.getList("policyAreaIds"),
            "description",
            "Aggiornato nel test con Keycloak reale",
            "version",
            plan.getLong("version"));
    as(demo("ufficio.cremasco"))
        .body(update)
        .put("/api/v1/plans/" + OGLIO_PO_PLAN)
        .then()
        .statusCode(403);
    for (String user : List.of("asst.cremona", "ets.aps", "comune.casalmaggiore")) {
      as(demo(user)).body(update).put("/api/v1/plans/" + OGLIO_PO_PLAN).then().statusCode(403);
    }
    as(demo("ufficio.casalasco"))
        .body(update)
        .put("/api/v1/plans/" + OGLIO_PO_PLAN)
        .then()
        .statusCode(200);
    as(demo("ufficio.cremasco"))
        .get("/api/v1/districts/d1000000-0000-4000-8000-000000000003/audit-entries")
        .then()
        .statusCode(403);
    as(demo("ufficio.casalasco"))
        .get("/api/v1/districts/d1000000-0000-4000-8000-000000000003/audit-entries")
        .then()
        .statusCode(200);
  }

  @Test
  void anOrganizationsPeopleAreHiddenFromOtherOrganizations() {
    String coop = demo("ets.cooperativa1");
    String person =
        as(coop).get("/api/v1/participants").then().statusCode(200).extract().path("items[0].id");
    assertThat(person).isNotNull();
    as(demo("ets.cooperativa2")).get("/api/v1/participants/" + person).then().statusCode(200);
    as(demo("ets.aps")).get("/api/v1/participants/" + person).then().statusCode(404);
    as(demo("ets.odv"))
        .get("/api/v1/participants?organizationId=" + COOPERATIVE)
        .then()
        .statusCode(403);
    as(demo("ufficio.cremasco")).get("/api/v1/participants/" + person).then().statusCode(404);
    as(demo("ufficio.casalasco")).get("/api/v1/participants/" + person).then().statusCode(200);
  }

  /** The demo machine client of docs/integrators.md: client credentials, no person involved. */
  static final String INTEGRATION = "zonale-integration-casalasco";

  static final String INTEGRATION_SECRET = "Zonale-demo-integration-2026";

  static String clientCredentials(String client, String secret) {
    return given()
        .auth()
        .preemptive()
        .basic(client, secret)
        .formParams(Map.of("grant_type", "client_credentials"))
        .post(keycloakUrl() + "/realms/zonale/protocol/openid-connect/token")
        .then()
        .statusCode(200)
        .extract()
        .path("access_token");
  }

  @Test
  void aMachineClientGetsATokenWithClientCredentialsAndActsForItsPlanOffice() {
    String machine = clientCredentials(INTEGRATION, INTEGRATION_SECRET);
    as(machine)
        .get("/api/v1/me")
        .then()
        .statusCode(200)
        .body("organizationId", equalTo("0a000000-0000-4000-8000-000000000001"))
        .body("organizationKind", equalTo("CONSORTIUM"));
    // The role and the ambito of its service account, as for ufficio.casalasco.
    as(machine)
        .get("/api/v1/districts/d1000000-0000-4000-8000-000000000003/audit-entries")
        .then()
        .statusCode(200);
    as(machine)
        .get("/api/v1/districts/d1000000-0000-4000-8000-000000000001/audit-entries")
        .then()
        .statusCode(403);
    as(machine).get("/api/v1/plans/" + OGLIO_PO_PLAN).then().statusCode(200);
    // A wrong secret gets no token; the SPA's public client cannot use the grant at all.
    given()
        .auth()
        .preemptive()
        .basic(INTEGRATION, "not-the-secret")
        .formParams(Map.of("grant_type", "client_credentials"))
        .post(keycloakUrl() + "/realms/zonale/protocol/openid-connect/token")
        .then()
        .statusCode(401);
    given()
        .formParams(Map.of("grant_type", "client_credentials", "client_id", "zonale-spa"))
        .post(keycloakUrl() + "/realms/zonale/protocol/openid-connect/token")
        .then()
        .statusCode(org.hamcrest.Matchers.greaterThanOrEqualTo(400));
  }

  @Test
  void tokensThatAreTamperedForeignOrForAnotherAudienceAreRefused() {
    String good = demo("ufficio.casalasco");
    as(good).get("/api/v1/me").then().statusCode(200);
    given().get("/api/v1/me").then().statusCode(401);

    String[] parts = good.split("\\.");
    String payload =
        new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
            .replace("\"consortium\"", "\"consortium\",\"asst\"");
    String tampered =
        parts[0]
            + "."
            + Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8))
            + "."
            + parts[2];
    as(tampered).get("/api/v1/me").then().statusCode(401);

    // Same realm, but a client whose tokens are not meant for the API.
    String otherAudience = token("zonale", "admin-cli", "ufficio.casalasco", PASSWORD);
    as(otherAudience).get("/api/v1/me").then().statusCode(401);

    // A valid token of another realm (Keycloak's master admin).
    String otherRealm = token("master", "admin-cli", "admin", "admin");
    as(otherRealm).get("/api/v1/me").then().statusCode(401);
  }

  @Test
  void anExpiredTokenIsRefused() throws InterruptedException {
    // The realm's own token lifespan is minutes; shorten it for one token, then restore it.
    String admin = token("master", "admin-cli", "admin", "admin");
    String realmUrl = keycloakUrl() + "/admin/realms/zonale";
    int lifespan =
        given()
            .header("Authorization", "Bearer " + admin)
            .get(realmUrl)
            .then()
            .statusCode(200)
            .extract()
            .path("accessTokenLifespan");
    String expiring;
    try {
      as(admin).body(Map.of("accessTokenLifespan", 1)).put(realmUrl).then().statusCode(204);
      expiring = demo("ets.aps");
    } finally {
      as(admin).body(Map.of("accessTokenLifespan", lifespan)).put(realmUrl).then().statusCode(204);
    }
    Thread.sleep(3_000);
    as(expiring).get("/api/v1/me").then().statusCode(401);
  }
}
