package it.zonale.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * The test application with the demo data of db/demo loaded, as the dev and demo profiles load it:
 * for the few tests that assert the demo reproduces the seed articles' public figures.
 */
public class DemoDataProfile implements QuarkusTestProfile {
  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of("quarkus.flyway.locations", "db/migration,db/demo");
  }
}
