package it.zonale.support;

import io.smallrye.jwt.build.Jwt;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Access tokens shaped like Keycloak's for realm zonale (realm_access.roles, organization_id,
 * district_ids, audience zonale-api), signed with the key of the OIDC test server.
 */
public final class Tokens {
  public static final String ISSUER = "https://server.example.com";

  /** Reference districts loaded by migration V002. */
  public static final UUID CREMASCO = UUID.fromString("d1000000-0000-4000-8000-000000000001");

  public static final UUID CREMONESE = UUID.fromString("d1000000-0000-4000-8000-000000000002");
  public static final UUID OGLIO_PO = UUID.fromString("d1000000-0000-4000-8000-000000000003");

  private Tokens() {}

  public static String token(
      String username, String role, UUID organizationId, UUID... districtIds) {
    var builder =
        Jwt.claims()
            .issuer(ISSUER)
            .audience("zonale-api")
            .subject(UUID.nameUUIDFromBytes(username.getBytes()).toString())
            .preferredUserName(username)
            .claim("realm_access", Map.of("roles", List.of(role)))
            .claim("district_ids", List.of(districtIds).stream().map(UUID::toString).toList())
            .expiresIn(600);
    if (organizationId != null) {
      builder.claim("organization_id", organizationId.toString());
    }
    return builder.jws().keyId("1").sign("privateKey.jwk");
  }

  /**
   * A user known only as a member of Keycloak organisations (claim "organization", aliases = our
   * ids).
   */
  public static String memberOf(
      String username, String role, List<UUID> organizations, UUID... districtIds) {
    return Jwt.claims()
        .issuer(ISSUER)
        .audience("zonale-api")
        .subject(UUID.nameUUIDFromBytes(username.getBytes()).toString())
        .preferredUserName(username)
        .claim("realm_access", Map.of("roles", List.of(role)))
        .claim("district_ids", List.of(districtIds).stream().map(UUID::toString).toList())
        .claim("organization", organizations.stream().map(UUID::toString).toList())
        .expiresIn(600)
        .jws()
        .keyId("1")
        .sign("privateKey.jwk");
  }

  /** A plan-office user of the given district, acting for a random organisation. */
  public static String consortium(UUID districtId) {
    return token("ufficio-" + districtId, "consortium", UUID.randomUUID(), districtId);
  }

  public static String withRole(String role, UUID districtId) {
    return token(role + "-" + districtId, role, UUID.randomUUID(), districtId);
  }

  public static String bearer(String token) {
    return "Bearer " + token;
  }
}
