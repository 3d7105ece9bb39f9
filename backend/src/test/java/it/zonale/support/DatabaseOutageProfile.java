package it.zonale.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.List;
import java.util.Map;

/**
 * The test application on a PostgreSQL that a test can take away and bring back ({@link
 * SwitchablePostgresResource}), with a short pool acquisition timeout so that waiting for a
 * connection is quick to observe.
 */
public class DatabaseOutageProfile implements QuarkusTestProfile {
  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of("quarkus.datasource.jdbc.acquisition-timeout", "2S");
  }

  @Override
  public boolean disableGlobalTestResources() {
    return true;
  }

  @Override
  public List<TestResourceEntry> testResources() {
    return List.of(
        new TestResourceEntry(SwitchablePostgresResource.class),
        new TestResourceEntry(OidcWiremockTestResource.class),
        new TestResourceEntry(GreenMailResource.class));
  }
}
