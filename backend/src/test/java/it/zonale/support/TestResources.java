package it.zonale.support;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * The real dependencies of every {@code @QuarkusTest}: an embedded PostgreSQL, the OIDC test server
 * that verifies our signed tokens, and an SMTP server (GreenMail) that receives our mails. Declared
 * once so that one application boot serves all tests.
 */
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(GreenMailResource.class)
public final class TestResources {
  private TestResources() {}
}
