package it.zonale.shared.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.http.runtime.cors.CORSFilter;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers a cross-origin request from an origin the API does not serve (or a preflight asking for a
 * method it does not allow) with a 403 problem, before Quarkus' CORS filter, which would refuse the
 * same request with an empty body and no {@code nosniff}. Allowed requests pass untouched and the
 * CORS filter answers them as before.
 */
@ApplicationScoped
public class CorsProblem {
  private final List<String> origins;
  private final List<Pattern> originPatterns;
  private final List<String> methods;
  private final ObjectMapper json;

  public CorsProblem(
      @ConfigProperty(name = "quarkus.http.cors.enabled", defaultValue = "false") boolean enabled,
      @ConfigProperty(name = "quarkus.http.cors.origins") Optional<List<String>> origins,
      @ConfigProperty(name = "quarkus.http.cors.methods") Optional<List<String>> methods,
      ObjectMapper json) {
    // With CORS off, or open to every origin, there is nothing to refuse.
    this.origins =
        !enabled || CORSFilter.isConfiguredWithWildcard(origins) ? null : origins.orElse(List.of());
    this.originPatterns = CORSFilter.parseAllowedOriginsRegex(origins);
    this.methods =
        methods.map(m -> m.stream().map(x -> x.toUpperCase(Locale.ROOT)).toList()).orElse(null);
    this.json = json;
  }

  void install(@Observes Router router) {
    if (origins != null) {
      router.route().order(Integer.MIN_VALUE + 1).handler(this::check); // after RequestId
    }
  }

  private void check(RoutingContext context) {
    HttpServerRequest request = context.request();
    String origin = request.getHeader(HttpHeaders.ORIGIN);
    if (origin == null) {
      context.next();
      return;
    }
    if (!originAllowed(request, origin)) {
      refuse(
          context,
          "cors-origin-not-allowed",
          "This API answers browsers only from the origins it is configured for; "
              + origin
              + " is not one of them.");
      return;
    }
    String asked = request.getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD);
    if (request.method() == HttpMethod.OPTIONS
        && asked != null
        && methods != null
        && !methods.contains(asked.strip().toUpperCase(Locale.ROOT))) {
      refuse(
          context,
          "cors-method-not-allowed",
          "Cross-origin requests may use only " + String.join(", ", methods) + ".");
      return;
    }
    context.next();
  }

  private boolean originAllowed(HttpServerRequest request, String origin) {
    if (origins.contains(origin) || CORSFilter.isOriginAllowedByRegex(originPatterns, origin)) {
      return true;
    }
    // A page served by the API itself (e.g. /q/swagger-ui) is same-origin, as Quarkus treats it.
    String host = request.getHeader(HttpHeaders.HOST);
    return host != null && origin.equalsIgnoreCase(request.scheme() + "://" + host);
  }

  private void refuse(RoutingContext context, String slug, String detail) {
    Problem problem =
        new Problem(
            Problem.TYPE_PREFIX + slug, "Forbidden", 403, detail, context.request().path(), null);
    String body;
    try {
      body = json.writeValueAsString(problem);
    } catch (JsonProcessingException e) {
      body = "";
    }
    context
        .response()
        .setStatusCode(403)
        .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
        .putHeader("X-Content-Type-Options", "nosniff")
        .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
        .putHeader(HttpHeaders.VARY, "Origin")
        .end(body);
  }
}
