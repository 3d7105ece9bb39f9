package it.zonale.keycloak;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * The API as ./zonale up runs it: the real Keycloak realm zonale, and the demo data its users act
 * for.
 */
public class RealKeycloakProfile implements QuarkusTestProfile {
  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of(
        "quarkus.oidc.auth-server-url", RealKeycloakTest.keycloakUrl() + "/realms/zonale",
        "quarkus.oidc.token.audience", "zonale-api",
        "quarkus.flyway.locations", "db/migration,db/demo");
  }
}
