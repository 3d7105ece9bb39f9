package it.zonale.shared.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling, built once per request from the bearer token: user id, roles, the organisation
 * the user acts for and the districts (ambiti) where that organisation works.
 */
@RequestScoped
public class CurrentUser {

  static final String ORGANIZATION_CLAIM = "organization_id";
  static final String DISTRICTS_CLAIM = "district_ids";
  static final String KEYCLOAK_ORGANIZATION_CLAIM = "organization";

  private final SecurityIdentity identity;

  public CurrentUser(SecurityIdentity identity) {
    this.identity = identity;
  }

  public boolean isAnonymous() {
    return identity.isAnonymous();
  }

  public boolean hasRole(String role) {
    return !identity.isAnonymous() && identity.hasRole(role);
  }

  /** The subject of the token, or empty for anonymous callers. */
  public Optional<String> userId() {
    return token().map(JsonWebToken::getSubject);
  }

  /** The e-mail of the token ({@code email} claim), when the identity provider verified it. */
  public Optional<String> verifiedEmail() {
    return token()
        .filter(t -> !Boolean.FALSE.equals(booleanClaim(t.getClaim("email_verified"))))
        .map(t -> t.<Object>getClaim("email"))
        .map(v -> unquote(v.toString()))
        .filter(v -> !v.isBlank());
  }

  private static Boolean booleanClaim(Object value) {
    if (value == null) {
      return null;
    }
    return Boolean.valueOf(unquote(value.toString()));
  }

  public String displayName() {
    return token()
        .map(
            t ->
                Optional.ofNullable(t.<String>getClaim("preferred_username"))
                    .orElse(t.getSubject()))
        .orElse("anonymous");
  }

  /**
   * The organisation the user acts for: the {@code organization_id} attribute claim, else the one
   * Keycloak organisation (Organizations feature, alias = Zonale id) the user is a member of.
   */
  public Optional<UUID> organizationId() {
    Optional<UUID> attribute =
        token()
            .map(t -> t.<Object>getClaim(ORGANIZATION_CLAIM))
            .map(v -> unquote(v.toString()))
            .flatMap(CurrentUser::uuid);
    if (attribute.isPresent()) {
      return attribute;
    }
    Object membership =
        token().map(t -> t.<Object>getClaim(KEYCLOAK_ORGANIZATION_CLAIM)).orElse(null);
    List<String> aliases = new ArrayList<>();
    if (membership instanceof jakarta.json.JsonObject object) {
      aliases.addAll(object.keySet());
    } else if (membership instanceof Collection<?> values) {
      values.forEach(v -> aliases.add(unquote(v.toString())));
    } else if (membership instanceof jakarta.json.JsonArray array) {
      array.forEach(v -> aliases.add(unquote(v.toString())));
    }
    // Acting for two organisations at once is ambiguous: then the user acts for none.
    return aliases.size() == 1 ? uuid(aliases.get(0)) : Optional.empty();
  }

  /** The districts where the user's organisation works; empty for anonymous callers. */
  public Set<UUID> districtIds() {
    Set<UUID> ids = new LinkedHashSet<>();
    token()
        .map(t -> t.<Object>getClaim(DISTRICTS_CLAIM))
        .ifPresent(
            claim -> {
              if (claim instanceof Collection<?> values) {
                values.forEach(v -> uuid(unquote(v.toString())).ifPresent(ids::add));
              } else if (claim instanceof jakarta.json.JsonArray array) {
                array.forEach(v -> uuid(unquote(v.toString())).ifPresent(ids::add));
              } else {
                uuid(unquote(claim.toString())).ifPresent(ids::add);
              }
            });
    return Set.copyOf(ids);
  }

  public boolean worksIn(UUID districtId) {
    return districtIds().contains(districtId);
  }

  /** Plan-office staff of this district: the only ones who manage its plans. */
  public boolean managesDistrict(UUID districtId) {
    return hasRole(Roles.CONSORTIUM) && worksIn(districtId);
  }

  private Optional<JsonWebToken> token() {
    if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
      return Optional.empty();
    }
    return Optional.of(jwt);
  }

  private static String unquote(String value) {
    return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
        ? value.substring(1, value.length() - 1)
        : value;
  }

  private static Optional<UUID> uuid(String value) {
    try {
      return Optional.of(UUID.fromString(value));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
