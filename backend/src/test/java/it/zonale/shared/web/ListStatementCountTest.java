package it.zonale.shared.web;

import static it.zonale.support.Tokens.OGLIO_PO;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import it.zonale.support.ApiTest;
import it.zonale.support.Tokens;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/**
 * No N+1 on lists: the SQL statements one list request prepares (Hibernate statistics, enabled in
 * the test profile only) stay under a small bound and do not grow with the page: a page of 20 items
 * costs exactly what a page of 10 costs. Every repository goes through Hibernate (Panache or native
 * queries on its EntityManager), so the statistics see every statement; only /status uses JDBC.
 *
 * <p>Every list operation of openapi.yaml (a GET answering an XPage) is measured here or named in
 * {@link #NOT_MEASURED} with the reason, so a new list cannot slip past.
 */
@QuarkusTest
class ListStatementCountTest extends ApiTest {
  /**
   * Count + page + one batch load per collection or referenced feature (e.g. an istanza's policy
   * areas and organisation) + the caller's access checks (plan, session). The largest today:
   * objectives and a session's registrations, 8.
   */
  static final int MAX_STATEMENTS = 8;

  static final Map<String, String> NOT_MEASURED =
      Map.ofEntries(
          Map.entry("/api/v1/districts", "the reference ambiti: fewer than 20 rows"),
          Map.entry(
              "/api/v1/events",
              "one native query for the page and one for the cursor's horizon, whatever the"
                  + " page's length (ChangeFeedService.read)"),
          Map.entry("/api/v1/policy-areas", "the reference catalogue: fewer than 20 rows"),
          Map.entry("/api/v1/calls/{callId}/attachments", "a call holds a handful of attachments"),
          Map.entry(
              "/api/v1/contributions/{contributionId}/attachments",
              "an istanza holds a handful of attachments"),
          Map.entry(
              "/api/v1/contributions/{contributionId}/objectives",
              "same query as the plan's objectives, filtered"),
          Map.entry(
              "/api/v1/surveys/{surveyId}/objectives",
              "same query as the plan's objectives, filtered"),
          Map.entry(
              "/api/v1/calls/{callId}/expressions-of-interest",
              "one per organisation and call: needs 20 organisations with delegates"),
          Map.entry(
              "/api/v1/plans/{planId}/agreement/adhesions",
              "needs 20 organisations that took part in the plan"),
          Map.entry(
              "/api/v1/plans/{planId}/document/sections", "a document has a fixed set of chapters"),
          Map.entry("/api/v1/plans/{planId}/document/versions", "a few versions per plan"),
          Map.entry(
              "/api/v1/plans/{planId}/document/versions/{number}/comments",
              "needs an assembled document; one query with its authors' names"),
          Map.entry("/api/v1/plans/{planId}/policy-areas", "read from the plan's own set"),
          Map.entry(
              "/api/v1/surveys/{surveyId}/responses",
              "owned by the synthesis helper (survey_answers, V025)"),
          Map.entry(
              "/api/v1/surveys/{surveyId}/synthesis/questions/{key}/texts",
              "owned by the synthesis helper (V025)"),
          Map.entry("/api/v1/tables/{tableId}/members", "needs 20 admitted organisations"));

  @Inject SessionFactory sessionFactory;

  /** Statistics are global: the scheduled jobs (export queue polled every 2 s) must not count. */
  @Inject io.quarkus.scheduler.Scheduler scheduler;

  final String office = Tokens.consortium(OGLIO_PO);

  @Test
  void listsPrepareAFewStatementsWhateverTheirLength() {
    Fixture f = new Fixture();
    Map<String, Object[]> cases = new LinkedHashMap<>();
    cases.put("/api/v1/plans", new Object[] {"/api/v1/plans?districtId=" + OGLIO_PO, office});
    cases.put("/api/v1/plans/{planId}/sessions", new Object[] {f.planUrl + "/sessions", office});
    cases.put("/api/v1/plans/{planId}/tables", new Object[] {f.planUrl + "/tables", office});
    cases.put("/api/v1/plans/{planId}/calls", new Object[] {f.planUrl + "/calls", office});
    cases.put(
        "/api/v1/plans/{planId}/contributions", new Object[] {f.planUrl + "/contributions", f.ets});
    cases.put(
        "/api/v1/plans/{planId}/objectives", new Object[] {f.planUrl + "/objectives", office});
    cases.put("/api/v1/plans/{planId}/surveys", new Object[] {f.planUrl + "/surveys", office});
    cases.put("/api/v1/plans/{planId}/phases", new Object[] {f.planUrl + "/phases", office});
    cases.put(
        "/api/v1/sessions/{sessionId}/participants",
        new Object[] {"/api/v1/sessions/" + f.sessionId + "/participants", office});
    cases.put("/api/v1/organizations", new Object[] {"/api/v1/organizations", office});
    cases.put(
        "/api/v1/participants",
        new Object[] {"/api/v1/participants?organizationId=" + f.organizationId, office});
    cases.put(
        "/api/v1/districts/{districtId}/municipalities",
        new Object[] {"/api/v1/districts/" + Tokens.CREMASCO + "/municipalities", null});
    cases.put(
        "/api/v1/districts/{districtId}/audit-entries",
        new Object[] {"/api/v1/districts/" + OGLIO_PO + "/audit-entries", office});

    assertThat(new TreeSet<>(listOperations()))
        .as("every list operation is measured or says why not")
        .isEqualTo(
            new TreeSet<>(
                new ArrayList<>(
                    java.util.stream.Stream.concat(
                            cases.keySet().stream(), NOT_MEASURED.keySet().stream())
                        .toList())));

    Map<String, List<Long>> counts = new LinkedHashMap<>();
    scheduler.pause();
    try {
      measure(cases, f, counts);
    } finally {
      scheduler.resume();
    }
    counts.forEach(
        (operation, c) -> {
          assertThat(c.get(1)).as(operation + " at 20 items vs 10").isEqualTo(c.get(0));
          assertThat(c.get(1)).as(operation).isLessThanOrEqualTo(MAX_STATEMENTS);
        });
  }

  void measure(Map<String, Object[]> cases, Fixture f, Map<String, List<Long>> counts) {
    cases.forEach(
        (operation, c) -> {
          String url = (String) c[0];
          String token = (String) c[1];
          statements(url, token, 5); // warm-up: first use of a query may load metadata
          counts.put(operation, List.of(statements(url, token, 10), statements(url, token, 20)));
          System.out.printf("statements %-50s %s%n", operation, counts.get(operation));
        });
    counts.put(
        "/api/v1/plans/{planId}/tables/matrix",
        List.of(
            statements(f.smallPlanUrl + "/tables/matrix", office, 0),
            statements(f.planUrl + "/tables/matrix", office, 0)));
    System.out.printf(
        "statements %-50s %s%n", "matrix", counts.get("/api/v1/plans/{planId}/tables/matrix"));
    counts.forEach(
        (operation, c) -> {
          assertThat(c.get(1)).as(operation + " at 20 items vs 10").isEqualTo(c.get(0));
          assertThat(c.get(1)).as(operation).isLessThanOrEqualTo(MAX_STATEMENTS);
        });
  }

  /** Statements prepared by one GET of this page size (0: the whole answer, not a page). */
  long statements(String url, String token, int limit) {
    Statistics stats = sessionFactory.getStatistics();
    assertThat(stats.isStatisticsEnabled()).isTrue();
    String pageUrl = limit == 0 ? url : url + (url.contains("?") ? "&" : "?") + "limit=" + limit;
    stats.clear();
    var response =
        (token == null ? anonymous() : as(token)).get(pageUrl).then().statusCode(200).extract();
    long count = stats.getPrepareStatementCount();
    if (limit > 0) {
      assertThat(response.jsonPath().getList("items")).as(pageUrl).hasSize(limit);
    }
    return count;
  }

  static List<String> listOperations() {
    try {
      JsonNode contract =
          new ObjectMapper(new YAMLFactory()).readTree(Path.of("../openapi.yaml").toFile());
      List<String> lists = new ArrayList<>();
      contract
          .get("paths")
          .fields()
          .forEachRemaining(
              path -> {
                JsonNode ref =
                    path.getValue()
                        .path("get")
                        .path("responses")
                        .path("200")
                        .path("content")
                        .path("application/json")
                        .path("schema")
                        .path("$ref");
                if (ref.asText().endsWith("Page")) {
                  lists.add(path.getKey());
                }
              });
      return lists;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** A published plan of Oglio Po with 20 of everything a plan lists, and one with 10 tables. */
  class Fixture {
    final String planUrl;
    final String smallPlanUrl;
    final UUID organizationId;
    final String ets;
    final String sessionId;

    Fixture() {
      List<String> areas = policyAreaIds(3);
      var plan = publish(office, createPlan(office, OGLIO_PO, areas));
      planUrl = "/api/v1/plans/" + plan.get("id");
      var small = createPlan(office, OGLIO_PO, areas);
      smallPlanUrl = "/api/v1/plans/" + small.get("id");
      organizationId = registerOrganization(office, "SOCIAL_COOPERATIVE");
      ets = Tokens.token("ets-" + organizationId, "ets", organizationId, OGLIO_PO);
      List<Object> tableIds = new ArrayList<>();
      OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).plusDays(10).withNano(0);
      String firstSession = null;
      for (int i = 0; i < 20; i++) {
        if (i < 10) {
          createTable(office, small.get("id"), areas);
        }
        tableIds.add(createTable(office, plan.get("id"), areas.subList(0, 1 + i % 3)).get("id"));
        String session =
            as(office)
                .body(
                    Map.of(
                        "kind",
                        "PLENARY",
                        "title",
                        "Plenaria " + i,
                        "startsAt",
                        start.plusDays(i).toString(),
                        "endsAt",
                        start.plusDays(i).plusHours(2).toString(),
                        "mode",
                        "IN_PERSON",
                        "place",
                        "Casalmaggiore"))
                .post(planUrl + "/sessions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        firstSession = firstSession == null ? session : firstSession;
        openCall(office, plan.get("id"), daysFromNow(30), List.of(tableIds.get(i)));
        as(ets)
            .body(Map.of("title", "Istanza " + i, "text", "Più ore di assistenza."))
            .post(planUrl + "/contributions")
            .then()
            .statusCode(201);
        as(office)
            .body(
                Map.of(
                    "policyAreaId", areas.get(i % 3),
                    "title", "Obiettivo " + i,
                    "actions", List.of("Azione " + i)))
            .post(planUrl + "/objectives")
            .then()
            .statusCode(201);
        as(office)
            .body(
                Map.of(
                    "title",
                    "Scheda " + i,
                    "definition",
                    Map.of(
                        "sections",
                        List.of(
                            Map.of(
                                "key",
                                "ente",
                                "title",
                                "Ente",
                                "questions",
                                List.of(
                                    Map.of(
                                        "key",
                                        "proposte",
                                        "type",
                                        "LONG_TEXT",
                                        "title",
                                        "Proposte")))))))
            .post(planUrl + "/surveys")
            .then()
            .statusCode(201);
        as(office)
            .body(
                Map.of(
                    "kind",
                    "OTHER",
                    "name",
                    "Fase " + i,
                    "startDate",
                    start.plusDays(i).toLocalDate().toString()))
            .post(planUrl + "/phases")
            .then()
            .statusCode(201);
      }
      sessionId = firstSession;
      for (int i = 0; i < 18; i++) {
        createPlan(office, OGLIO_PO, areas.subList(0, i % 3));
      }
      for (int i = 0; i < 19; i++) {
        registerOrganization(office, i % 2 == 0 ? "ODV" : "APS");
      }
      for (int i = 0; i < 20; i++) {
        String person = newParticipantId(office, organizationId, "Persona Numero" + i);
        as(office)
            .body(Map.of("participantId", person))
            .post("/api/v1/sessions/" + sessionId + "/participants")
            .then()
            .statusCode(201);
      }
    }
  }
}
