package it.zonale.shared.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * {@code Idempotency-Key} on every POST (IETF draft-ietf-httpapi-idempotency-key-header): the first
 * request with a key runs and its answer is kept for 24 h; a retry with the same key and the same
 * request gets that answer again without running twice; the same key with another request is 422
 * {@code idempotency-key-reused}; a retry while the first is still running is 409 {@code
 * idempotency-key-in-use}. Keys are scoped to the caller (as {@link RateLimitFilter} names it), so
 * two callers never share one. A request without the header runs as before.
 *
 * <p>Limit: the claim and the answer are stored outside the request's own transaction. If the API
 * dies after the write but before the answer is kept, a retry gets 409 for five minutes and then
 * runs again.
 */
@ApplicationScoped
public class IdempotencyFilter {
  private static final Logger LOG = Logger.getLogger(IdempotencyFilter.class);
  static final String HEADER = "Idempotency-Key";
  static final String CLAIMED = "zonale.idempotency.key";
  static final int MAX_KEY = 255;

  private final IdempotencyStore store;
  private final CurrentIdentityAssociation identity;
  private final ObjectMapper json;

  public IdempotencyFilter(
      IdempotencyStore store, CurrentIdentityAssociation identity, ObjectMapper json) {
    this.store = store;
    this.identity = identity;
    this.json = json;
  }

  // After the rate limit (a refused request claims nothing).
  @ServerRequestFilter(priority = Priorities.USER + 100)
  public Uni<Response> claim(ContainerRequestContext request, HttpServerRequest http) {
    String header = request.getHeaderString(HEADER);
    if (header == null || !"POST".equals(request.getMethod())) {
      return Uni.createFrom().nullItem();
    }
    Optional<String> key = parseKey(header);
    if (key.isEmpty()) {
      return Uni.createFrom()
          .item(
              ProblemMappers.respond(
                  400,
                  "invalid-idempotency-key",
                  "Idempotency-Key must be 1 to "
                      + MAX_KEY
                      + " visible ASCII characters, e.g. a UUID (quoted or not).",
                  null,
                  null));
    }
    String address = http.remoteAddress() == null ? "unknown" : http.remoteAddress().host();
    return identity
        .getDeferredIdentity()
        .onFailure()
        .recoverWithItem((SecurityIdentity) null)
        .emitOn(Infrastructure.getDefaultWorkerPool())
        .map(caller -> decide(request, key.get(), RateLimitFilter.callerKey(caller, address)));
  }

  private Response decide(ContainerRequestContext request, String key, String caller) {
    byte[] body;
    try {
      body = request.getEntityStream().readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    request.setEntityStream(new ByteArrayInputStream(body));
    String keyHash = sha256((caller + "\n" + key).getBytes(StandardCharsets.UTF_8));
    String fingerprint = fingerprint(request, body);
    Optional<IdempotencyStore.Stored> stored;
    try {
      stored = store.claim(keyHash, fingerprint);
    } catch (SQLException e) {
      // The database is out of reach: the request itself will meet the same outage (503).
      LOG.debugf("Idempotency key not claimed: %s", e.getMessage());
      return null;
    }
    if (stored.isEmpty()) {
      request.setProperty(CLAIMED, keyHash);
      return null;
    }
    IdempotencyStore.Stored first = stored.get();
    if (!first.fingerprint().equals(fingerprint)) {
      return ProblemMappers.respond(
          422,
          "idempotency-key-reused",
          "This Idempotency-Key was used for another request in the last 24 hours; use a new key"
              + " for a new request.",
          null,
          null);
    }
    if (!first.done()) {
      return ProblemMappers.builder(
              409,
              "idempotency-key-in-use",
              "The request with this Idempotency-Key is still running; retry in a moment to get"
                  + " its answer.",
              null,
              null)
          .header(HttpHeaders.RETRY_AFTER, 1)
          .build();
    }
    Response.ResponseBuilder replay = Response.status(first.status());
    if (first.contentType() != null) {
      replay.type(first.contentType());
    }
    if (first.location() != null) {
      replay.header(HttpHeaders.LOCATION, first.location());
    }
    if (first.body() != null) {
      replay.entity(first.body());
    }
    return replay.header("Idempotent-Replayed", "true").build();
  }

  @ServerResponseFilter
  public void keep(ContainerRequestContext request, ContainerResponseContext response) {
    if (!(request.getProperty(CLAIMED) instanceof String keyHash)) {
      return;
    }
    int status = response.getStatus();
    if (status >= 500 || status == 429) {
      // Our failure, not an answer: let a retry run again.
      store.release(keyHash);
      return;
    }
    byte[] body;
    try {
      Object entity = response.getEntity();
      body =
          entity == null
              ? null
              : entity instanceof byte[] bytes
                  ? bytes
                  : entity instanceof String text
                      ? text.getBytes(StandardCharsets.UTF_8)
                      : json.writeValueAsBytes(entity);
    } catch (IOException e) {
      store.release(keyHash);
      return;
    }
    Object location = response.getHeaders().getFirst(HttpHeaders.LOCATION);
    store.complete(
        keyHash,
        status,
        response.getMediaType() == null ? null : response.getMediaType().toString(),
        location == null ? null : location.toString(),
        body);
  }

  /** The draft sends the key as a structured-field string ("…"); a bare token is accepted too. */
  static Optional<String> parseKey(String header) {
    String key = header.strip();
    if (key.length() >= 2 && key.startsWith("\"") && key.endsWith("\"")) {
      key = key.substring(1, key.length() - 1);
    }
    if (key.isEmpty()
        || key.length() > MAX_KEY
        || !key.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
      return Optional.empty();
    }
    return Optional.of(key);
  }

  private static String fingerprint(ContainerRequestContext request, byte[] body) {
    String head =
        request.getMethod()
            + " "
            + request.getUriInfo().getRequestUri().getRawPath()
            + "?"
            + request.getUriInfo().getRequestUri().getRawQuery()
            + "\n"
            + request.getHeaderString(HttpHeaders.CONTENT_TYPE)
            + "\n";
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(head.getBytes(StandardCharsets.UTF_8));
      digest.update(body);
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
