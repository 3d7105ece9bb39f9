package it.zonale.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.ReadWriteSpan;
import io.opentelemetry.sdk.trace.ReadableSpan;
import io.opentelemetry.sdk.trace.SpanProcessor;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.arc.Unremovable;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import it.zonale.support.ApiTest;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * Tracing turned on by configuration (docs/operations.md#tracing): a request is a server span that
 * continues the caller's W3C {@code traceparent} and carries the request id as {@code
 * zonale.request_id}. Off by default: every other test runs with the SDK disabled.
 */
@QuarkusTest
@TestProfile(TracingTest.TracingOn.class)
class TracingTest extends ApiTest {

  public static class TracingOn implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      // Spans are also handed to the OTLP exporter, pointed at a port nothing listens on.
      return Map.of(
          "quarkus.otel.sdk.disabled", "false",
          "quarkus.otel.exporter.otlp.traces.endpoint", "http://127.0.0.1:9");
    }
  }

  /** Keeps every ended span (Quarkus adds the SpanProcessor beans to its tracer provider). */
  @ApplicationScoped
  @Unremovable
  public static class Recorder implements SpanProcessor {
    static final List<SpanData> ENDED = new CopyOnWriteArrayList<>();

    @Override
    public void onStart(Context parentContext, ReadWriteSpan span) {}

    @Override
    public boolean isStartRequired() {
      return false;
    }

    @Override
    public void onEnd(ReadableSpan span) {
      ENDED.add(span.toSpanData());
    }

    @Override
    public boolean isEndRequired() {
      return true;
    }

    @Override
    public CompletableResultCode shutdown() {
      return CompletableResultCode.ofSuccess();
    }
  }

  @Test
  void aRequestIsAServerSpanOfTheCallersTraceWithTheRequestId() throws InterruptedException {
    String traceId = "0af7651916cd43dd8448eb211c80319c";
    String parentSpanId = "b7ad6b7169203331";
    anonymous()
        .header("traceparent", "00-" + traceId + "-" + parentSpanId + "-01")
        .header("X-Request-Id", "trace-check-0001")
        .get("/api/v1/status")
        .then()
        .statusCode(200);

    Optional<SpanData> server = Optional.empty();
    for (int i = 0; i < 50 && server.isEmpty(); i++) {
      server =
          Recorder.ENDED.stream()
              .filter(s -> s.getTraceId().equals(traceId))
              .filter(s -> parentSpanId.equals(s.getParentSpanId()))
              .findFirst();
      if (server.isEmpty()) {
        Thread.sleep(100);
      }
    }
    assertThat(server).as("the request's server span, child of the caller's").isPresent();
    assertThat(server.get().getAttributes().get(AttributeKey.stringKey(RequestId.SPAN_ATTRIBUTE)))
        .isEqualTo("trace-check-0001");
  }
}
