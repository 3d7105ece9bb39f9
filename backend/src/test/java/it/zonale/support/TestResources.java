package it.zonale.support;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * The real dependencies of every {@code @QuarkusTest}: an embedded PostgreSQL and the OIDC test
 * server that verifies our signed tokens. Declared once so that one application boot serves all
 * tests.
 */
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
public final class TestResources {
  private TestResources() {}
}
