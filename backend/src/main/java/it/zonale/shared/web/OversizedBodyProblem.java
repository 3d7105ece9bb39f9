package it.zonale.shared.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a body whose Content-Length exceeds {@code quarkus.http.limits.max-body-size} with a 413
 * problem, before any of it is read: it runs just before Quarkus' own check, which would answer the
 * same 413 with an empty body.
 *
 * <p>A chunked body declares no length. Quarkus then counts it while the resource reads it and, at
 * the limit, writes a bare 413 itself and throws, which logged two stack traces per request. So the
 * counting is left to {@link JsonBodyLimit}, which fails with a 413 problem at the limit, and
 * Quarkus' own counter is moved to twice the limit, where it only still bounds memory for a body
 * read some other way.
 */
@ApplicationScoped
public class OversizedBodyProblem {
  private final Optional<MemorySize> limit;
  private final ObjectMapper json;

  public OversizedBodyProblem(
      @ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> limit,
      ObjectMapper json) {
    this.limit = limit;
    this.json = json;
  }

  void install(@Observes Router router) {
    limit.ifPresent(
        max ->
            router
                .route()
                .order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1)
                .handler(context -> refuseOversized(context, max.asLongValue())));
    limit.ifPresent(
        max ->
            router
                .route()
                .order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT + 1)
                .handler(context -> leaveCountingToTheReader(context, max.asLongValue())));
  }

  /** The key under which Quarkus' upload-limit handler passes the limit to the body reader. */
  static final String QUARKUS_MAX_REQUEST_SIZE = "io.quarkus.max-request-size";

  private static void leaveCountingToTheReader(RoutingContext context, long max) {
    if (context.get(QUARKUS_MAX_REQUEST_SIZE) != null) {
      context.put(QUARKUS_MAX_REQUEST_SIZE, 2 * max);
    }
    context.next();
  }

  private void refuseOversized(RoutingContext context, long max) {
    String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
    if (length == null || parse(length) <= max) {
      context.next();
      return;
    }
    Problem problem =
        new Problem(
            Problem.TYPE_PREFIX + "payload-too-large",
            "Content Too Large",
            413,
            "The body is larger than this API accepts: at most "
                + max / (1024 * 1024)
                + " MB for an attachment, 1 MB for JSON.",
            context.request().path(),
            null);
    String body;
    try {
      body = json.writeValueAsString(problem);
    } catch (JsonProcessingException e) {
      body = "";
    }
    // The client may still be sending the body: close the connection rather than read it.
    context
        .response()
        .setStatusCode(413)
        .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
        .putHeader(HttpHeaders.CONNECTION, "close")
        .putHeader("X-Content-Type-Options", "nosniff")
        .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
        .end(body);
  }

  private static long parse(String length) {
    try {
      return Long.parseLong(length.trim());
    } catch (NumberFormatException e) {
      // Quarkus' own check and the HTTP codec deal with a malformed length.
      return -1;
    }
  }
}
