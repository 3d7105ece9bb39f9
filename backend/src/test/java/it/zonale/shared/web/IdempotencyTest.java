package it.zonale.shared.web;

import static it.zonale.support.Tokens.OGLIO_PO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import it.zonale.support.ApiTest;
import it.zonale.support.Tokens;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Idempotency-Key on POST: a retry with the same key and body gets the first answer and writes
 * nothing more, the same key with another body is 422, and concurrent requests with one key run
 * once. Sessions are the subject because nothing else stops a duplicate session.
 */
@QuarkusTest
class IdempotencyTest extends ApiTest {
  final String office = Tokens.consortium(OGLIO_PO);
  String sessions;
  Map<String, Object> table;
  Map<String, Object> plan;

  @BeforeEach
  void aPlanWithATable() {
    List<String> areas = policyAreaIds(1);
    plan = publish(office, createPlan(office, OGLIO_PO, areas));
    table = createTable(office, plan.get("id"), areas);
    sessions = "/api/v1/plans/" + plan.get("id") + "/sessions";
  }

  Map<String, Object> session(String title) {
    Map<String, Object> body = new HashMap<>();
    body.put("kind", "TABLE");
    body.put("tableId", table.get("id"));
    body.put("title", title);
    body.put("startsAt", plan.get("startYear") + "-09-29T16:30:00+02:00");
    body.put("endsAt", plan.get("startYear") + "-09-29T18:30:00+02:00");
    body.put("mode", "ONLINE");
    body.put("onlineUrl", "https://meet.example.org/a");
    return body;
  }

  Response post(String key, Map<String, Object> body) {
    return as(office).header("Idempotency-Key", key).body(body).post(sessions);
  }

  int sessionCount() {
    return as(office).get(sessions).then().statusCode(200).extract().path("total");
  }

  @Test
  void aRetryWithTheSameKeyAndBodyReplaysTheAnswerAndWritesOnce() {
    String key = "\"" + UUID.randomUUID() + "\"";
    Response first = post(key, session("Primo incontro"));
    first.then().statusCode(201);
    Response retry = post(key, session("Primo incontro"));
    retry
        .then()
        .statusCode(201)
        .header("Idempotent-Replayed", "true")
        .header("Location", equalTo(first.header("Location")))
        .body("id", equalTo(first.path("id")));
    assertThat(sessionCount()).isEqualTo(1);
    // Without a key, nothing changes: each POST creates.
    as(office).body(session("Secondo")).post(sessions).then().statusCode(201);
    assertThat(sessionCount()).isEqualTo(2);
  }

  @Test
  void theSameKeyWithAnotherBodyIs422() {
    String key = UUID.randomUUID().toString();
    post(key, session("Primo incontro")).then().statusCode(201);
    post(key, session("Un altro"))
        .then()
        .statusCode(422)
        .contentType(startsWith("application/problem+json"))
        .body("type", equalTo(PROBLEM + "idempotency-key-reused"));
    assertThat(sessionCount()).isEqualTo(1);
  }

  @Test
  void aRefusalIsReplayedTooAndOtherCallersHaveTheirOwnKeys() {
    String key = UUID.randomUUID().toString();
    Map<String, Object> bad = session("");
    post(key, bad).then().statusCode(400);
    post(key, bad).then().statusCode(400).header("Idempotent-Replayed", "true");
    // Another person with the same key is not this caller's key.
    String other = Tokens.token("altro-ufficio", "consortium", UUID.randomUUID(), OGLIO_PO);
    as(other)
        .header("Idempotency-Key", key)
        .body(session("Primo incontro"))
        .post(sessions)
        .then()
        .statusCode(201);
  }

  @Test
  void aMalformedKeyIs400() {
    post("", session("x"))
        .then()
        .statusCode(400)
        .body("type", equalTo(PROBLEM + "invalid-idempotency-key"));
    post("a".repeat(256), session("x")).then().statusCode(400);
    assertThat(sessionCount()).isZero();
  }

  @Test
  void concurrentRequestsWithOneKeyRunOnce() throws Exception {
    String key = UUID.randomUUID().toString();
    int clients = 12;
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    try {
      List<Callable<Response>> calls = new ArrayList<>();
      for (int i = 0; i < clients; i++) {
        calls.add(() -> post(key, session("Incontro concorrente")));
      }
      List<Integer> statuses = new ArrayList<>();
      List<Object> ids = new ArrayList<>();
      for (Future<Response> answer : pool.invokeAll(calls)) {
        Response r = answer.get();
        statuses.add(r.statusCode());
        if (r.statusCode() == 201) {
          ids.add(r.path("id"));
        }
      }
      assertThat(statuses).isSubsetOf(201, 409).contains(201);
      assertThat(ids).containsOnly(ids.get(0));
      assertThat(sessionCount()).isEqualTo(1);
      // Once the first is answered, every retry gets its answer.
      post(key, session("Incontro concorrente"))
          .then()
          .statusCode(201)
          .body("id", equalTo(ids.get(0)));
      System.out.printf(
          "Idempotency under concurrency: %d requests with one key, %d answered 201 (replays of"
              + " one session), %d answered 409 in-use, %d session stored%n",
          clients,
          statuses.stream().filter(s -> s == 201).count(),
          statuses.stream().filter(s -> s == 409).count(),
          sessionCount());
    } finally {
      pool.shutdownNow();
    }
  }
}
