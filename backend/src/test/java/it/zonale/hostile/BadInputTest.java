package it.zonale.hostile;

import static it.zonale.support.Tokens.CREMONESE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import it.zonale.support.ApiTest;
import it.zonale.support.Tokens;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile and careless input, one row each: every answer is a 4xx problem+json, never a 5xx, and
 * the stored plan, table, session and call are exactly as before.
 */
@QuarkusTest
class BadInputTest extends ApiTest {
  static final String OFFICE = Tokens.consortium(CREMONESE);
  static final String LONG = "x".repeat(201);

  Map<String, Object> plan;
  Map<String, Object> table;
  Map<String, Object> session;
  Map<String, Object> call;

  @BeforeEach
  void storeAPlanWithATableAndASession() {
    List<String> areas = policyAreaIds(2);
    plan = publish(OFFICE, createPlan(OFFICE, CREMONESE, areas));
    table = createTable(OFFICE, plan.get("id"), areas);
    session =
        as(OFFICE)
            .body(
                Map.of(
                    "kind",
                    "TABLE",
                    "tableId",
                    table.get("id"),
                    "title",
                    "Primo incontro",
                    "startsAt",
                    plan.get("startYear") + "-09-29T16:30:00+02:00",
                    "endsAt",
                    plan.get("startYear") + "-09-29T18:30:00+02:00",
                    "mode",
                    "ONLINE",
                    "onlineUrl",
                    "https://meet.example.org/a"))
            .post("/api/v1/plans/" + plan.get("id") + "/sessions")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getMap("");
    call = openCall(OFFICE, plan.get("id"), daysFromNow(30), List.of(table.get("id")));
  }

  static Stream<Arguments> badRequests() {
    String session =
        "{\"kind\":\"PLENARY\",\"title\":\"P\",\"startsAt\":\"%s\",\"endsAt\":\"%s\",\"mode\":\"ONLINE\",\"onlineUrl\":\"https://x.example.org\"}";
    return Stream.of(
        row("malformed JSON", "POST", "/plans", "{\"title\": ", 400),
        row("JSON array instead of object", "POST", "/plans", "[1,2,3]", 400),
        row("empty body", "POST", "/plans", "", 400),
        row("null body", "POST", "/plans", "null", 400),
        row(
            "wrong type for a UUID",
            "POST",
            "/plans",
            "{\"districtId\": 5, \"title\": \"t\", \"startYear\": 2024, \"endYear\": 2026}",
            400),
        row(
            "wrong type for a year",
            "POST",
            "/plans",
            "{\"districtId\": \""
                + CREMONESE
                + "\", \"title\": \"t\", \"startYear\": \"twenty\", \"endYear\": 2026}",
            400),
        row(
            "year far out of range",
            "POST",
            "/plans",
            "{\"districtId\": \""
                + CREMONESE
                + "\", \"title\": \"t\", \"startYear\": 99999999999, \"endYear\": 2026}",
            400,
            "/startYear",
            "out-of-range"),
        row("missing required fields", "POST", "/plans", "{}", 400, "/districtId", "required"),
        row(
            "blank title",
            "POST",
            "/plans",
            "{\"districtId\": \""
                + CREMONESE
                + "\", \"title\": \"  \", \"startYear\": 2024, \"endYear\": 2026}",
            400,
            "/title",
            "required"),
        row(
            "over-long title",
            "POST",
            "/plans",
            "{\"districtId\": \""
                + CREMONESE
                + "\", \"title\": \""
                + LONG
                + "\", \"startYear\": 2024, \"endYear\": 2026}",
            400,
            "/title",
            "too-long"),
        row(
            "end year before start year",
            "POST",
            "/plans",
            "{\"districtId\": \""
                + CREMONESE
                + "\", \"title\": \"t\", \"startYear\": 2026, \"endYear\": 2024}",
            400,
            "/endYear",
            "before-start"),
        row(
            "plan over more years than allowed",
            "POST",
            "/plans",
            "{\"districtId\": \""
                + CREMONESE
                + "\", \"title\": \"t\", \"startYear\": 2024, \"endYear\": 2099}",
            400,
            "/endYear",
            "too-long-duration"),
        row(
            "unknown district",
            "POST",
            "/plans",
            "{\"districtId\": \"00000000-0000-4000-8000-000000000000\", \"title\": \"t\", \"startYear\": 2024, \"endYear\": 2026}",
            400,
            "/districtId",
            "unknown-reference"),
        row(
            "unknown policy area",
            "POST",
            "/plans",
            "{\"districtId\": \""
                + CREMONESE
                + "\", \"title\": \"t\", \"startYear\": 2024, \"endYear\": 2026,"
                + " \"policyAreaIds\": [\"00000000-0000-4000-8000-000000000000\"]}",
            400,
            "/policyAreaIds/0",
            "unknown-reference"),
        row(
            "more policy areas than allowed",
            "POST",
            "/plans",
            "{\"districtId\": \""
                + CREMONESE
                + "\", \"title\": \"t\", \"startYear\": 2024, \"endYear\": 2026,"
                + " \"policyAreaIds\": "
                + manyIds(51)
                + "}",
            400,
            "/policyAreaIds",
            "too-many"),
        row(
            "NUL character in text",
            "POST",
            "/plans/{plan}/phases",
            "{\"kind\":\"DRAFTING\",\"name\":\"a\\u0000b\",\"startDate\":\"2024-03-01\"}",
            400),
        row(
            "unknown enum value",
            "POST",
            "/plans/{plan}/sessions",
            "{\"kind\":\"PARTY\",\"title\":\"P\",\"startsAt\":\"2024-01-01T10:00:00Z\",\"endsAt\":\"2024-01-01T11:00:00Z\",\"mode\":\"ONLINE\",\"onlineUrl\":\"https://x.example.org\"}",
            400),
        row(
            "session ends before it starts",
            "POST",
            "/plans/{plan}/sessions",
            session.formatted("2024-01-01T10:00:00Z", "2024-01-01T09:00:00Z"),
            400,
            "/endsAt",
            "before-start"),
        row(
            "session over 24 hours",
            "POST",
            "/plans/{plan}/sessions",
            session.formatted("2024-01-01T10:00:00Z", "2024-01-02T11:00:00Z"),
            400,
            "/endsAt",
            "too-long-duration"),
        row(
            "plenary session with a table",
            "POST",
            "/plans/{plan}/sessions",
            "{\"kind\":\"PLENARY\",\"tableId\":\"00000000-0000-4000-8000-000000000000\",\"title\":\"P\",\"startsAt\":\"2024-01-01T10:00:00Z\",\"endsAt\":\"2024-01-01T11:00:00Z\",\"mode\":\"ONLINE\",\"onlineUrl\":\"https://x.example.org\"}",
            400,
            "/tableId",
            "not-allowed"),
        row(
            "session in the year 30000",
            "POST",
            "/plans/{plan}/sessions",
            session.formatted("+30000-01-01T10:00:00Z", "+30000-01-01T11:00:00Z"),
            400,
            "/endsAt",
            "out-of-range"),
        row(
            "date-time without offset",
            "POST",
            "/plans/{plan}/sessions",
            session.formatted("2024-01-01 10:00", "2024-01-01 11:00"),
            400,
            "/startsAt",
            "invalid-format"),
        row(
            "online session without link",
            "POST",
            "/plans/{plan}/sessions",
            "{\"kind\":\"PLENARY\",\"title\":\"P\",\"startsAt\":\"2024-01-01T10:00:00Z\",\"endsAt\":\"2024-01-01T11:00:00Z\",\"mode\":\"ONLINE\"}",
            400),
        row(
            "javascript: link",
            "POST",
            "/plans/{plan}/sessions",
            "{\"kind\":\"PLENARY\",\"title\":\"P\",\"startsAt\":\"2024-01-01T10:00:00Z\",\"endsAt\":\"2024-01-01T11:00:00Z\",\"mode\":\"ONLINE\",\"onlineUrl\":\"javascript:alert(1)\"}",
            400,
            "/onlineUrl",
            "invalid-format"),
        row(
            "capacity beyond bounds",
            "POST",
            "/plans/{plan}/sessions",
            "{\"kind\":\"PLENARY\",\"title\":\"P\",\"startsAt\":\"2024-01-01T10:00:00Z\",\"endsAt\":\"2024-01-01T11:00:00Z\",\"mode\":\"ONLINE\",\"onlineUrl\":\"https://x.example.org\",\"capacity\":1000000000000}",
            400,
            "/capacity",
            "out-of-range"),
        row(
            "table session without table",
            "POST",
            "/plans/{plan}/sessions",
            "{\"kind\":\"TABLE\",\"title\":\"P\",\"startsAt\":\"2024-01-01T10:00:00Z\",\"endsAt\":\"2024-01-01T11:00:00Z\",\"mode\":\"ONLINE\",\"onlineUrl\":\"https://x.example.org\"}",
            400),
        row(
            "phase ends before it starts",
            "POST",
            "/plans/{plan}/phases",
            "{\"kind\":\"DRAFTING\",\"name\":\"Stesura\",\"startDate\":\"2024-03-01\",\"endDate\":\"2024-02-01\"}",
            400,
            "/endDate",
            "before-start"),
        row(
            "impossible date",
            "POST",
            "/plans/{plan}/phases",
            "{\"kind\":\"DRAFTING\",\"name\":\"Stesura\",\"startDate\":\"2024-02-30\"}",
            400,
            "/startDate",
            "invalid-format"),
        row(
            "table with a policy area outside the plan",
            "POST",
            "/plans/{plan}/tables",
            "{\"name\":\"T\",\"targetGroup\":\"OTHER\",\"level\":\"DISTRICT\",\"policyAreaIds\":[\"00000000-0000-4000-8000-000000000000\"]}",
            400,
            "/policyAreaIds/0",
            "not-allowed"),
        row(
            "sub-district table without sub-district",
            "POST",
            "/plans/{plan}/tables",
            "{\"name\":\"T\",\"targetGroup\":\"OTHER\",\"level\":\"SUBDISTRICT\",\"policyAreaIds\":[]}",
            400),
        row(
            "version as text",
            "PUT",
            "/plans/{plan}",
            "{\"title\":\"t\",\"startYear\":2024,\"endYear\":2026,\"policyAreaIds\":[],\"version\":\"abc\"}",
            400),
        row(
            "negative version",
            "PUT",
            "/plans/{plan}",
            "{\"title\":\"t\",\"startYear\":2024,\"endYear\":2026,\"policyAreaIds\":[],\"version\":-1}",
            400),
        row(
            "stale version",
            "PUT",
            "/sessions/{session}",
            "{\"title\":\"Changed\",\"startsAt\":\"2024-01-01T10:00:00Z\",\"endsAt\":\"2024-01-01T11:00:00Z\",\"mode\":\"ONLINE\",\"onlineUrl\":\"https://x.example.org\",\"agenda\":[],\"version\":99}",
            409),
        row(
            "agenda item without title",
            "PUT",
            "/sessions/{session}",
            "{\"title\":\"Changed\",\"startsAt\":\"2024-01-01T10:00:00Z\",\"endsAt\":\"2024-01-01T11:00:00Z\",\"mode\":\"ONLINE\",\"onlineUrl\":\"https://x.example.org\",\"agenda\":[{\"notes\":\"n\"}],\"version\":0}",
            400,
            "/agenda/0/title",
            "required"),
        row(
            "status as a number",
            "PUT",
            "/plans/{plan}/status",
            "{\"status\":3,\"version\":1}",
            400),
        row("deeply nested JSON", "POST", "/plans", "[".repeat(5000) + "]".repeat(5000), 400),
        row(
            "call without deadline",
            "POST",
            "/plans/{plan}/calls",
            "{\"title\":\"Invito\",\"text\":\"Testo\",\"tableIds\":[\"{table}\"]}",
            400,
            "/deadline",
            "required"),
        row(
            "call opening no table",
            "POST",
            "/plans/{plan}/calls",
            "{\"title\":\"Invito\",\"text\":\"Testo\",\"deadline\":\"2030-09-10T23:59:00+02:00\",\"tableIds\":[]}",
            400,
            "/tableIds",
            "too-short"),
        row(
            "call for an unknown table",
            "POST",
            "/plans/{plan}/calls",
            "{\"title\":\"Invito\",\"text\":\"Testo\",\"deadline\":\"2030-09-10T23:59:00+02:00\",\"tableIds\":[\"00000000-0000-4000-8000-000000000000\"]}",
            400,
            "/tableIds/0",
            "unknown-reference"),
        row(
            "call deadline in the year 30000",
            "POST",
            "/plans/{plan}/calls",
            "{\"title\":\"Invito\",\"text\":\"Testo\",\"deadline\":\"+30000-09-10T23:59:00Z\",\"tableIds\":[\"{table}\"]}",
            400,
            "/deadline",
            "out-of-range"),
        row(
            "call deadline without a time",
            "POST",
            "/plans/{plan}/calls",
            "{\"title\":\"Invito\",\"text\":\"Testo\",\"deadline\":\"2030-09-10\",\"tableIds\":[\"{table}\"]}",
            400,
            "/deadline",
            "invalid-format"),
        row(
            "call text over 20000 characters",
            "POST",
            "/plans/{plan}/calls",
            "{\"title\":\"Invito\",\"text\":\""
                + "x".repeat(20001)
                + "\",\"deadline\":\"2030-09-10T23:59:00Z\",\"tableIds\":[\"{table}\"]}",
            400,
            "/text",
            "too-long"),
        row(
            "stale call version",
            "PUT",
            "/calls/{call}",
            "{\"title\":\"Invito\",\"text\":\"Testo\",\"deadline\":\"2030-09-10T23:59:00Z\",\"tableIds\":[\"{table}\"],\"version\":99}",
            409),
        row(
            "call update dropping every table",
            "PUT",
            "/calls/{call}",
            "{\"title\":\"Invito\",\"text\":\"Testo\",\"deadline\":\"2030-09-10T23:59:00Z\",\"tableIds\":[],\"version\":0}",
            400,
            "/tableIds",
            "too-short"),
        row(
            "attachment sent as JSON",
            "POST",
            "/calls/{call}/attachments?filename=invito.pdf",
            "{\"file\":\"JVBERi0=\"}",
            415),
        row(
            "decision with an unknown outcome",
            "POST",
            "/expressions-of-interest/00000000-0000-4000-8000-000000000000/decision",
            "{\"outcome\":\"MAYBE\",\"version\":0}",
            400,
            "/outcome",
            "invalid-format"),
        row(
            "decision without version",
            "POST",
            "/expressions-of-interest/00000000-0000-4000-8000-000000000000/decision",
            "{\"outcome\":\"REJECTED\",\"reason\":\"Fuori ambito\"}",
            400,
            "/version",
            "required"),
        row(
            "decision reason over 2000 characters",
            "POST",
            "/expressions-of-interest/00000000-0000-4000-8000-000000000000/decision",
            "{\"outcome\":\"REJECTED\",\"reason\":\"" + "x".repeat(2001) + "\",\"version\":0}",
            400,
            "/reason",
            "too-long"),
        row(
            "decision on an unknown expression of interest",
            "POST",
            "/expressions-of-interest/00000000-0000-4000-8000-000000000000/decision",
            "{\"outcome\":\"ADMITTED\",\"version\":0}",
            404),
        row(
            "unknown expression-of-interest status filter",
            "GET",
            "/calls/{call}/expressions-of-interest?status=PENDING",
            null,
            400),
        row(
            "late filter that is not a boolean",
            "GET",
            "/calls/{call}/expressions-of-interest?late=maybe",
            null,
            400,
            "late",
            "invalid-format"),
        row("unknown call", "GET", "/calls/00000000-0000-4000-8000-000000000000", null, 404),
        row("limit -1", "GET", "/plans?limit=-1", null, 400),
        row("limit 1000000", "GET", "/plans?limit=1000000", null, 400),
        row("limit not a number", "GET", "/plans?limit=abc", null, 400, "limit", "invalid-format"),
        row("offset negative", "GET", "/plans?offset=-5", null, 400),
        row("offset beyond bounds", "GET", "/plans?offset=99999999999", null, 400),
        row("unknown status filter", "GET", "/plans?status=BOGUS", null, 400),
        row("year filter not a number", "GET", "/plans?year=next", null, 400),
        row("from not a date-time", "GET", "/plans/{plan}/sessions?from=yesterday", null, 400),
        row(
            "from after to",
            "GET",
            "/plans/{plan}/sessions?from=2025-01-01T00:00:00Z&to=2024-01-01T00:00:00Z",
            null,
            400,
            "to",
            "before-start"),
        row("unknown sort", "GET", "/plans/{plan}/sessions?sort=title;drop", null, 400),
        row("id that is not a UUID", "GET", "/plans/abc", null, 400, "planId", "invalid-format"),
        row(
            "id with SQL",
            "GET",
            "/plans/1%27%20or%20%271%27=%271",
            null,
            400,
            "planId",
            "invalid-format"),
        row(
            "id that only Java's UUID parser accepts",
            "GET",
            "/plans?districtId=1-1-1-1-1",
            null,
            400,
            "districtId",
            "invalid-format"),
        row("unknown id", "GET", "/tables/00000000-0000-4000-8000-000000000000", null, 404),
        row("method not allowed", "PATCH", "/plans/{plan}", "{}", 405));
  }

  static Arguments row(String name, String method, String path, String body, int status) {
    return row(name, method, path, body, status, null, null);
  }

  /** A row whose first error (they are sorted by pointer) must have this pointer and code. */
  static Arguments row(
      String name,
      String method,
      String path,
      String body,
      int status,
      String pointer,
      String code) {
    return Arguments.of(name, method, path, body, status, pointer, code);
  }

  static String manyIds(int n) {
    return Stream.generate(() -> "\"" + UUID.randomUUID() + "\"")
        .limit(n)
        .collect(Collectors.joining(",", "[", "]"));
  }

  @ParameterizedTest(name = "{0} -> {4} {6}")
  @MethodSource("badRequests")
  void badInputGetsAClear4xxAndChangesNothing(
      String name,
      String method,
      String path,
      String body,
      int status,
      String pointer,
      String code) {
    String before = snapshot();
    var request = as(OFFICE);
    if (body != null) {
      request = request.body(body.replace("{table}", table.get("id").toString()));
    }
    Response response =
        request.request(
            method,
            "/api/v1"
                + path.replace("{plan}", plan.get("id").toString())
                    .replace("{session}", session.get("id").toString())
                    .replace("{call}", call.get("id").toString()));
    response.then().statusCode(status).contentType(startsWith("application/problem+json"));
    assertThat(response.jsonPath().getInt("status")).isEqualTo(status);
    assertThat(response.jsonPath().getString("detail"))
        .isNotBlank()
        .doesNotContain("it.zonale", "Exception", "SQL");
    List<String> codes = response.jsonPath().getList("errors.code", String.class);
    assertThat(codes == null ? List.<String>of() : codes)
        .as("every field error of " + name + " has a stable code")
        .allMatch(c -> c != null && c.matches("[a-z]+(-[a-z]+)*") && c.length() <= 40);
    if (pointer != null) {
      assertThat(response.jsonPath().getString("errors[0].pointer")).isEqualTo(pointer);
      assertThat(response.jsonPath().getString("errors[0].code")).isEqualTo(code);
      assertThat(response.jsonPath().getString("errors[0].detail")).isNotBlank();
    }
    assertThat(snapshot()).as("stored data after " + name).isEqualTo(before);
  }

  @Test
  void wrongContentTypeIs415() {
    String before = snapshot();
    as(OFFICE)
        .contentType("text/plain")
        .body("title=x")
        .post("/api/v1/plans")
        .then()
        .statusCode(415)
        .contentType(startsWith("application/problem+json"));
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void bodyOverOneMegabyteIs413() {
    String before = snapshot();
    String huge = "{\"title\":\"" + "x".repeat(1_100_000) + "\"}";
    int status = as(OFFICE).body(huge).post("/api/v1/plans").then().extract().statusCode();
    assertThat(status).isEqualTo(413);
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void jsonBodyOverOneMegabyteIs413EvenWithoutALength() {
    String before = snapshot();
    byte[] huge =
        ("{\"title\":\"" + "x".repeat(1_100_000) + "\"}").getBytes(StandardCharsets.UTF_8);
    // A stream has no known length: it is sent chunked, so only counting while reading catches it.
    as(OFFICE)
        .body(new ByteArrayInputStream(huge))
        .post("/api/v1/plans")
        .then()
        .statusCode(413)
        .contentType(startsWith("application/problem+json"))
        .body("type", equalTo(PROBLEM + "payload-too-large"));
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void unknownQueryParametersAreRefused() {
    // Issue 19: a misspelt or unsupported filter must not silently answer everything.
    anonymous()
        .get("/api/v1/plans?colour=blue&limit=5")
        .then()
        .statusCode(400)
        .body("type", equalTo(PROBLEM + "unknown-query-parameter"))
        .body("errors[0].pointer", equalTo("colour"));
  }

  /** The stored plan, its table and session, and the number of plans, as one comparable text. */
  private String snapshot() {
    return as(OFFICE).get("/api/v1/plans/" + plan.get("id")).asString()
        + as(OFFICE).get("/api/v1/tables/" + table.get("id")).asString()
        + as(OFFICE).get("/api/v1/sessions/" + session.get("id")).asString()
        + as(OFFICE).get("/api/v1/plans/" + plan.get("id") + "/sessions").asString()
        + as(OFFICE).get("/api/v1/plans/" + plan.get("id") + "/phases").asString()
        + as(OFFICE).get("/api/v1/calls/" + call.get("id")).asString()
        + as(OFFICE).get("/api/v1/plans/" + plan.get("id") + "/calls").asString()
        + as(OFFICE).get("/api/v1/calls/" + call.get("id") + "/attachments").asString()
        + as(OFFICE).get("/api/v1/plans?limit=1").jsonPath().getString("total");
  }
}
