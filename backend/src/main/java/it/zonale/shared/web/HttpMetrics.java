package it.zonale.shared.web;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * Latency buckets for the HTTP server metrics, so that dashboards and alerts can ask for the p95 of
 * a route (docs/operations.md). A few fixed buckets, not Micrometer's ~70: a scrape stays small
 * with one series per bucket, route, method and status.
 */
public class HttpMetrics {
  static final double[] BUCKETS_SECONDS = {0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};

  private static final Pattern UUID =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  /**
   * A request that matched a path but not its method (405: PATCH on /plans/{id}) carries no
   * template, so Micrometer labels it with the raw path: its identifiers become {id}, else every id
   * would be a series of its own (and a person's id a label in the scrape).
   */
  @Produces
  @Singleton
  MeterFilter noIdentifiersInUris() {
    return MeterFilter.replaceTagValues("uri", uri -> UUID.matcher(uri).replaceAll("{id}"));
  }

  @Produces
  @Singleton
  MeterFilter httpServerBuckets() {
    return new MeterFilter() {
      @Override
      public DistributionStatisticConfig configure(
          Meter.Id id, DistributionStatisticConfig config) {
        if (!id.getName().equals("http.server.requests")) {
          return config;
        }
        double[] slos = new double[BUCKETS_SECONDS.length];
        for (int i = 0; i < slos.length; i++) {
          slos[i] = Duration.ofMillis(Math.round(BUCKETS_SECONDS[i] * 1000)).toNanos();
        }
        return DistributionStatisticConfig.builder()
            .serviceLevelObjectives(slos)
            .build()
            .merge(config);
      }
    };
  }
}
