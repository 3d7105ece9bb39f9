package it.zonale.shared.web;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * AgID RAC_ROBUSTEZZA_001: a fixed one-minute window of requests per caller (bearer token subject
 * or client address), announced on every response with X-RateLimit-* headers, and 429 + Retry-After
 * when exceeded. The window is per API replica; a shared limit would need the gateway.
 */
@ApplicationScoped
public class RateLimitFilter {
  static final String COUNT = "zonale.rate.count";
  static final long WINDOW_SECONDS = 60;

  private final int limit;
  private final Clock clock;
  private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();

  public RateLimitFilter(
      @ConfigProperty(name = "zonale.rate-limit.per-minute", defaultValue = "600") int limit) {
    this.limit = limit;
    this.clock = Clock.systemUTC();
  }

  private record Window(long start, AtomicInteger count) {}

  @ServerRequestFilter(preMatching = true)
  public Response count(ContainerRequestContext request, HttpServerRequest http) {
    long now = clock.millis() / 1000;
    long windowStart = now - now % WINDOW_SECONDS;
    if (windows.size() > 100_000) {
      windows.entrySet().removeIf(e -> e.getValue().start() < windowStart);
    }
    Window window =
        windows.compute(
            callerKey(request, http),
            (key, old) ->
                old == null || old.start() != windowStart
                    ? new Window(windowStart, new AtomicInteger())
                    : old);
    int used = window.count().incrementAndGet();
    request.setProperty(COUNT, new long[] {used, windowStart + WINDOW_SECONDS - now});
    if (used > limit) {
      long reset = windowStart + WINDOW_SECONDS - now;
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
    Object state = request.getProperty(COUNT);
    if (state instanceof long[] counts) {
      response.getHeaders().putSingle("X-RateLimit-Limit", limit);
      response.getHeaders().putSingle("X-RateLimit-Remaining", Math.max(0, limit - counts[0]));
      response.getHeaders().putSingle("X-RateLimit-Reset", counts[1]);
    }
  }

  /** The token's hash stands for the caller when there is one; otherwise the client address. */
  private static String callerKey(ContainerRequestContext request, HttpServerRequest http) {
    String auth = request.getHeaderString(HttpHeaders.AUTHORIZATION);
    if (auth != null && !auth.isBlank()) {
      return "t:" + Integer.toHexString(auth.hashCode());
    }
    return "a:" + (http.remoteAddress() == null ? "unknown" : http.remoteAddress().host());
  }
}
