package it.zonale.shared.web;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * AgID RAC_ROBUSTEZZA_001: a fixed one-minute window of requests per caller, announced on every
 * response, and 429 + Retry-After past it.
 *
 * <p>The caller is who the verified token says: its {@code client_id} for a machine (client
 * credentials), else its subject; an anonymous caller, or one whose token does not verify, is its
 * client address. So neither a new token nor {@code bearer} in another case opens a fresh window.
 * The counts live in PostgreSQL ({@link RateLimitCounter}), so that every replica counts against
 * the same window and the API keeps no per-caller memory; if the database cannot count, the request
 * passes (it will meet the same outage and answer 503), and requests of the next {@link
 * #OUTAGE_PAUSE_SECONDS} seconds pass uncounted, so that during an outage each request waits for
 * the pool once, not twice.
 *
 * <p>Headers: {@code RateLimit-Policy} and {@code RateLimit} of the IETF draft
 * (draft-ietf-httpapi-ratelimit-headers), and the older {@code X-RateLimit-*} that the contract
 * declares.
 */
@ApplicationScoped
public class RateLimitFilter {
  private static final Logger LOG = Logger.getLogger(RateLimitFilter.class);
  static final String COUNT = "zonale.rate.count";
  static final long WINDOW_SECONDS = 60;
  static final String POLICY = "minute";

  /** As long as the Retry-After of a 503: a request after it tries to count again. */
  static final long OUTAGE_PAUSE_SECONDS = 5;

  private final RateLimitConfig config;
  private final RateLimitCounter counter;
  private final CurrentIdentityAssociation identity;
  private final Clock clock = Clock.systemUTC();

  /** Epoch second until which counting is skipped, after the database failed to count. */
  private volatile long uncountedUntil;

  public RateLimitFilter(
      RateLimitConfig config, RateLimitCounter counter, CurrentIdentityAssociation identity) {
    this.config = config;
    this.counter = counter;
    this.identity = identity;
  }

  /** Used, limit and seconds to the window's end, kept for the response filter. */
  private record Count(long used, int limit, long reset) {}

  @ServerRequestFilter
  public Uni<Response> count(ContainerRequestContext request, HttpServerRequest http) {
    String address = http.remoteAddress() == null ? "unknown" : http.remoteAddress().host();
    return identity
        .getDeferredIdentity()
        .onFailure()
        .recoverWithItem((SecurityIdentity) null)
        // The count is a JDBC round trip: never on the event loop.
        .emitOn(Infrastructure.getDefaultWorkerPool())
        .map(caller -> decide(request, caller, address));
  }

  private Response decide(
      ContainerRequestContext request, SecurityIdentity caller, String address) {
    long now = clock.millis() / 1000;
    long windowStart = now - now % WINDOW_SECONDS;
    long reset = windowStart + WINDOW_SECONDS - now;
    int limit = limitOf(caller);
    if (now < uncountedUntil) {
      return null;
    }
    int used;
    try {
      used =
          counter.increment(hash(callerKey(caller, address)), Instant.ofEpochSecond(windowStart));
    } catch (SQLException e) {
      uncountedUntil = now + OUTAGE_PAUSE_SECONDS;
      LOG.debugf("Rate limit not counted: %s", e.getMessage());
      return null;
    }
    request.setProperty(COUNT, new Count(used, limit, reset));
    if (used > limit) {
      return ProblemMappers.builder(
              429,
              "too-many-requests",
              "Too many requests: at most " + limit + " a minute. Retry in " + reset + " seconds.",
              null,
              null)
          .header("Retry-After", reset)
          .build();
    }
    return null;
  }

  @ServerResponseFilter
  public void announce(ContainerRequestContext request, ContainerResponseContext response) {
    if (request.getProperty(COUNT) instanceof Count count) {
      long remaining = Math.max(0, count.limit() - count.used());
      var headers = response.getHeaders();
      headers.putSingle(
          "RateLimit-Policy", "\"" + POLICY + "\";q=" + count.limit() + ";w=" + WINDOW_SECONDS);
      headers.putSingle("RateLimit", "\"" + POLICY + "\";r=" + remaining + ";t=" + count.reset());
      headers.putSingle("X-RateLimit-Limit", count.limit());
      headers.putSingle("X-RateLimit-Remaining", remaining);
      headers.putSingle("X-RateLimit-Reset", count.reset());
    }
  }

  private int limitOf(SecurityIdentity caller) {
    if (caller == null || caller.isAnonymous()) {
      return config.anonymousPerMinute().orElse(config.perMinute());
    }
    return caller.getRoles().stream()
        .map(config.roles()::get)
        .filter(java.util.Objects::nonNull)
        .max(Integer::compare)
        .orElse(config.perMinute());
  }

  /** Machine: its client id; person: the token's subject; anonymous: the address. */
  static String callerKey(SecurityIdentity caller, String address) {
    if (caller != null
        && !caller.isAnonymous()
        && caller.getPrincipal() instanceof JsonWebToken token) {
      Object clientId = token.getClaim("client_id");
      if (clientId != null) {
        return "client:" + clientId;
      }
      if (token.getSubject() != null) {
        return "subject:" + token.getSubject();
      }
    }
    return "address:" + address;
  }

  /** The stored key: a hash, so that the table holds no subject or address. */
  static String hash(String key) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
