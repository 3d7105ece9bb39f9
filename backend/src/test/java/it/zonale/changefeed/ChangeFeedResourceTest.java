package it.zonale.changefeed;

import static it.zonale.support.Tokens.CREMASCO;
import static it.zonale.support.Tokens.OGLIO_PO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import it.zonale.support.ApiTest;
import it.zonale.support.Tokens;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ChangeFeedResourceTest extends ApiTest {
  final String office = Tokens.consortium(OGLIO_PO);

  @Inject AgroalDataSource dataSource;

  /** The cursor after everything committed so far. */
  static String head() {
    String cursor = null;
    while (true) {
      var page = read(null, cursor, 500);
      cursor = page.getString("nextCursor");
      if (page.getList("items").isEmpty()) {
        return cursor;
      }
    }
  }

  static JsonPath read(String token, String after, int limit) {
    var request = token == null ? anonymous() : as(token);
    if (after != null) {
      request.queryParam("after", after);
    }
    return request
        .queryParam("limit", limit)
        .get("/api/v1/events")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  /** Every event after the cursor that the caller may read, page by page. */
  static List<Map<String, Object>> all(String token, String after, int limit) {
    List<Map<String, Object>> events = new ArrayList<>();
    String cursor = after;
    while (true) {
      var page = read(token, cursor, limit);
      List<Map<String, Object>> items = page.getList("items");
      events.addAll(items);
      cursor = page.getString("nextCursor");
      if (items.isEmpty()) {
        return events;
      }
    }
  }

  static List<String> typesOf(List<Map<String, Object>> events, Object... ids) {
    var wanted = java.util.Arrays.stream(ids).map(Object::toString).toList();
    return events.stream()
        .filter(e -> wanted.contains(e.get("resourceId")))
        .map(e -> (String) e.get("type"))
        .toList();
  }

  @Test
  void changesMadeThroughTheApiAppearOnceInOrderFilteredPerCaller() {
    String start = head();
    var draft = createPlan(office, OGLIO_PO, policyAreaIds(2));
    var plan = publish(office, draft);
    int y = (int) plan.get("startYear");
    var session =
        as(office)
            .body(
                Map.of(
                    "kind", "PLENARY",
                    "title", "Assemblea di avvio",
                    "startsAt", y + "-09-29T16:30:00+02:00",
                    "endsAt", y + "-09-29T18:30:00+02:00",
                    "mode", "IN_PERSON",
                    "place", "Sede Consorzio, Casalmaggiore",
                    "agenda", List.of(Map.of("title", "Avvio"))))
            .post("/api/v1/plans/" + plan.get("id") + "/sessions")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();
    String sessionId = session.getString("id");
    var moved =
        as(office)
            .body(
                Map.of(
                    "title",
                    "Assemblea di avvio",
                    "startsAt",
                    y + "-10-06T16:30:00+02:00",
                    "endsAt",
                    y + "-10-06T18:30:00+02:00",
                    "mode",
                    "IN_PERSON",
                    "place",
                    "Sede Consorzio, Casalmaggiore",
                    "agenda",
                    List.of(Map.of("title", "Avvio")),
                    "version",
                    session.getInt("version")))
            .put("/api/v1/sessions/" + sessionId)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    as(office)
        .body(
            Map.of(
                "status",
                "CANCELLED",
                "reason",
                "Sala inagibile",
                "version",
                moved.getInt("version")))
        .put("/api/v1/sessions/" + sessionId + "/status")
        .then()
        .statusCode(200);
    // a draft of another ambito: its events stay there
    var otherDraft = createPlan(Tokens.consortium(CREMASCO), CREMASCO, policyAreaIds(1));

    // the plan office, by pages of one: every event once, in the order made
    var seenByOffice = all(office, start, 1);
    assertThat(typesOf(seenByOffice, plan.get("id"), sessionId, otherDraft.get("id")))
        .containsExactly(
            "plan.created",
            "plan.status-changed",
            "session.scheduled",
            "session.moved",
            "session.cancelled");
    var sessionEvents =
        seenByOffice.stream().filter(e -> sessionId.equals(e.get("resourceId"))).toList();
    assertThat(sessionEvents)
        .allSatisfy(
            e -> {
              assertThat(e.get("link")).isEqualTo("/api/v1/sessions/" + sessionId);
              assertThat(e.get("planId")).isEqualTo(plan.get("id"));
              assertThat(e.get("districtId")).isEqualTo(OGLIO_PO.toString());
              assertThat(e.get("resourceType")).isEqualTo("session");
            });
    assertThat(sessionEvents.stream().map(e -> ((Number) e.get("version")).longValue()))
        .isSorted()
        .doesNotHaveDuplicates();
    anonymous()
        .get((String) sessionEvents.get(0).get("link"))
        .then()
        .statusCode(200)
        .body("status", equalTo("CANCELLED"));

    // anonymous callers and other ambiti: the published plan's events, not the draft's creation
    assertThat(typesOf(all(null, start, 100), plan.get("id"), sessionId, otherDraft.get("id")))
        .containsExactly(
            "plan.status-changed", "session.scheduled", "session.moved", "session.cancelled");
    assertThat(
            typesOf(
                all(Tokens.consortium(CREMASCO), start, 100),
                plan.get("id"),
                sessionId,
                otherDraft.get("id")))
        .as("Cremasco sees Oglio Po's public events and its own draft's creation")
        .containsExactly(
            "plan.status-changed",
            "session.scheduled",
            "session.moved",
            "session.cancelled",
            "plan.created");
  }

  @Test
  void aSurveyPublishedAndClosedIsAnnouncedToEveryone() {
    String start = head();
    var plan = publish(office, createPlan(office, OGLIO_PO, policyAreaIds(2)));
    var draft =
        as(office)
            .body(
                Map.of(
                    "title",
                    "Scheda di rilevazione",
                    "description",
                    "Allegato B",
                    "definition",
                    it.zonale.support.Surveys.definition()))
            .post("/api/v1/plans/" + plan.get("id") + "/surveys")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();
    String surveyId = draft.getString("id");
    var published =
        as(office)
            .body(Map.of("deadline", daysFromNow(20), "version", draft.getInt("version")))
            .post("/api/v1/surveys/" + surveyId + "/publish")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    as(office)
        .body(Map.of("version", published.getInt("version")))
        .post("/api/v1/surveys/" + surveyId + "/close")
        .then()
        .statusCode(200);
    var events = all(null, start, 100);
    assertThat(typesOf(events, surveyId)).containsExactly("survey.published", "survey.closed");
    assertThat(events.stream().filter(e -> surveyId.equals(e.get("resourceId"))))
        .allSatisfy(e -> assertThat(e.get("link")).isEqualTo("/api/v1/surveys/" + surveyId));
  }

  @Test
  void aTransactionThatCommitsLateIsNotSkipped() throws Exception {
    String start = head();
    UUID first = UUID.randomUUID();
    UUID second = UUID.randomUUID();
    try (Connection a = dataSource.getConnection();
        Connection b = dataSource.getConnection()) {
      a.setAutoCommit(false);
      b.setAutoCommit(false);
      insert(a, first); // takes the lower id and the older transaction
      insert(b, second);
      b.commit(); // the later event commits first
      assertThat(typesOf(all(null, start, 100), first, second))
          .as("nothing is served while an older transaction may still add an event before it")
          .isEmpty();
      String cursor = read(null, start, 100).getString("nextCursor");
      a.commit();
      var after = all(null, cursor, 100);
      assertThat(
              after.stream()
                  .map(e -> e.get("resourceId"))
                  .filter(id -> id.equals(first.toString()) || id.equals(second.toString())))
          .containsExactly(first.toString(), second.toString());
    }
  }

  @Test
  void anAbortedTransactionLeavesNoEvent() throws Exception {
    String start = head();
    UUID rolledBack = UUID.randomUUID();
    try (Connection a = dataSource.getConnection()) {
      a.setAutoCommit(false);
      insert(a, rolledBack);
      a.rollback();
    }
    assertThat(typesOf(all(null, start, 100), rolledBack)).isEmpty();
  }

  @Test
  void aCursorNotMadeByTheFeedIs400() {
    anonymous()
        .get("/api/v1/events?after=bm90LWEtY3Vyc29y")
        .then()
        .statusCode(400)
        .body("errors[0].pointer", equalTo("after"));
    anonymous().get("/api/v1/events?limit=501").then().statusCode(400);
  }

  private static void insert(Connection c, UUID id) throws Exception {
    try (var s =
        c.prepareStatement(
            "insert into change_events (type, resource_type, resource_id, link, district_id,"
                + " audience) values ('test.concurrent', 'test', ?, '/api/v1/test', ?, 'PUBLIC')")) {
      s.setObject(1, id);
      s.setObject(2, OGLIO_PO);
      s.executeUpdate();
    }
  }
}
