package it.zonale.shared.web;

import io.opentelemetry.api.trace.Span;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * Gives every request an id: the caller's {@code X-Request-Id} when it is a plain token (a gateway
 * or ingress that sets one), else a new UUID. It is answered in the {@code X-Request-Id} header and
 * put in the log context as {@code requestId}, so each log line of the request carries it (a field
 * of the JSON log in production, docs/operations.md). Runs first, before every other filter, so
 * that refusals (CORS, rate limit, body size) carry it too. When tracing is on (OpenTelemetry,
 * docs/operations.md#tracing), the id is also an attribute of the request's server span, {@code
 * zonale.request_id}, so a trace is found from the id a user reports and the other way round.
 */
@ApplicationScoped
public class RequestId {
  public static final String HEADER = "X-Request-Id";
  public static final String MDC_KEY = "requestId";
  public static final String SPAN_ATTRIBUTE = "zonale.request_id";

  /** What a caller may send: short, and nothing a log reader could be fooled by. */
  private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{8,128}");

  /** The id of the request being served, or null outside a request (scheduled jobs). */
  public static String current() {
    Object id = MDC.get(MDC_KEY);
    return id instanceof String s ? s : null;
  }

  void install(@Observes Router router) {
    router.route().order(Integer.MIN_VALUE).handler(RequestId::assign);
  }

  private static void assign(RoutingContext context) {
    String given = context.request().getHeader(HEADER);
    String id =
        given != null && ACCEPTED.matcher(given).matches() ? given : UUID.randomUUID().toString();
    // Vert.x keeps the log context per request (its duplicated context), also on worker threads.
    MDC.put(MDC_KEY, id);
    context.put(MDC_KEY, id);
    context.response().putHeader(HEADER, id);
    // The request's server span (started by the Vert.x tracer before any route); with tracing off
    // it is the invalid no-op span and nothing is recorded.
    Span span = Span.current();
    if (span.getSpanContext().isValid()) {
      span.setAttribute(SPAN_ATTRIBUTE, id);
    }
    context.next();
  }
}
