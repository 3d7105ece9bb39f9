package it.zonale.demo;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * The API with the demo data applied on top of the migrations, as the dev and demo profiles run.
 */
public class DemoDataProfile implements QuarkusTestProfile {
  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of("quarkus.flyway.locations", "db/migration,db/demo");
  }
}
