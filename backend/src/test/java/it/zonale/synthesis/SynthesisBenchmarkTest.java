package it.zonale.synthesis;

import static it.zonale.support.Tokens.OGLIO_PO;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import it.zonale.support.ApiTest;
import it.zonale.support.Tokens;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Not a timed test: prints how long the synthesis and a cross-tab take on 10,000 submitted
 * responses with about 20 answers each (median of 7 runs after one warm-up), and the plan of the
 * slowest query. Runs only on request:
 *
 * <pre>cd backend && ./mvnw -q test -Dtest=SynthesisBenchmarkTest -Dbench=true</pre>
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "bench", matches = "true")
class SynthesisBenchmarkTest extends ApiTest {
  static final int RESPONSES = 10_000;
  static final int RUNS = 7;

  @Inject AgroalDataSource db;
  @Inject SynthesisRepository repository;

  @Test
  void synthesisOnTenThousandResponses() throws Exception {
    String office = Tokens.consortium(OGLIO_PO);
    List<String> areas = policyAreaIds(2);
    Map<String, Object> plan = publish(office, createPlan(office, OGLIO_PO, areas));
    UUID table = UUID.fromString((String) createTable(office, plan.get("id"), areas).get("id"));
    long seedStart = System.nanoTime();
    UUID survey =
        SurveyData.seed(
            db,
            UUID.fromString((String) plan.get("id")),
            OGLIO_PO,
            table,
            UUID.fromString(areas.get(0)),
            UUID.fromString(areas.get(1)),
            RESPONSES,
            15);
    SurveyData.members(db, survey, table, OGLIO_PO, RESPONSES / 2);
    try (Connection c = db.getConnection()) {
      c.createStatement().execute("analyze survey_answers");
      c.createStatement().execute("analyze survey_responses");
    }
    long answers;
    try (Connection c = db.getConnection();
        var r =
            c.createStatement()
                .executeQuery(
                    "select count(*) from survey_answers where survey_id = '" + survey + "'")) {
      r.next();
      answers = r.getLong(1);
    }
    System.out.printf(
        "%n[bench] seeded %d responses, %d answer rows (%.1f per response) in %d ms%n",
        RESPONSES,
        answers,
        (double) answers / RESPONSES,
        (System.nanoTime() - seedStart) / 1_000_000);

    String base = "/api/v1/surveys/" + survey + "/synthesis";
    Map<String, Double> medians = new LinkedHashMap<>();
    medians.put("GET synthesis (office)", median(() -> get(office, base)));
    medians.put("GET synthesis (public)", median(() -> get(null, base)));
    medians.put("GET synthesis ?kind=ODV", median(() -> get(office, base + "?kind=ODV")));
    medians.put(
        "GET crosstab sector x SUBDISTRICT",
        median(() -> get(office, base + "/crosstab?question=sector&by=SUBDISTRICT")));
    medians.put(
        "GET crosstab load x TABLE",
        median(() -> get(office, base + "/crosstab?question=load&by=TABLE")));
    medians.put(
        "GET crosstab needs x POLICY_AREA",
        median(() -> get(office, base + "/crosstab?question=needs&by=POLICY_AREA")));
    medians.forEach((name, ms) -> System.out.printf("[bench] %-36s median %8.1f ms%n", name, ms));

    // the queries one by one, to find the slowest
    SynthesisRepository.Filter filter = new SynthesisRepository.Filter(survey, null, null);
    Map<String, Map.Entry<String, Map<String, Object>>> queries = new LinkedHashMap<>();
    Map<String, Object> p1 = new LinkedHashMap<>();
    queries.put("stats", Map.entry(SynthesisRepository.statsSql(filter, p1), p1));
    Map<String, Object> p2 = new LinkedHashMap<>();
    queries.put("optionCounts", Map.entry(SynthesisRepository.optionCountsSql(filter, p2), p2));
    Map<String, Object> p3 = new LinkedHashMap<>();
    queries.put(
        "crossCounts load x SUBDISTRICT",
        Map.entry(
            SynthesisRepository.crossCountsSql(
                filter,
                "load",
                "a.item_key || '|' || a.option_key",
                "",
                SynthesisService.SUBDISTRICT_DIMENSION,
                p3),
            p3));
    String slowest = null;
    double slowestMs = -1;
    for (var q : queries.entrySet()) {
      double ms =
          median(
              () ->
                  QuarkusTransaction.requiringNew()
                      .call(
                          () -> {
                            repository.roomForAggregates();
                            return repository.explain(
                                q.getValue().getKey(), q.getValue().getValue());
                          })
                      .size());
      System.out.printf("[bench] query %-30s median %8.1f ms (explain analyze)%n", q.getKey(), ms);
      if (ms > slowestMs) {
        slowestMs = ms;
        slowest = q.getKey();
      }
    }
    var slow = queries.get(slowest);
    System.out.println("[bench] EXPLAIN ANALYZE of the slowest query (" + slowest + "):");
    QuarkusTransaction.requiringNew()
        .call(
            () -> {
              repository.roomForAggregates();
              return repository.explain(slow.getKey(), slow.getValue());
            })
        .forEach(line -> System.out.println("[bench]   " + line));
    assertThat(medians).isNotEmpty();
  }

  static int get(String token, String path) {
    var request = token == null ? anonymous() : as(token);
    return request.get(path).then().statusCode(200).extract().asByteArray().length;
  }

  /** Median wall time in ms of RUNS calls, after one warm-up call. */
  static double median(Supplier<Integer> call) {
    call.get();
    List<Double> times = new ArrayList<>();
    for (int i = 0; i < RUNS; i++) {
      long start = System.nanoTime();
      call.get();
      times.add((System.nanoTime() - start) / 1e6);
    }
    Collections.sort(times);
    return times.get(RUNS / 2);
  }
}
