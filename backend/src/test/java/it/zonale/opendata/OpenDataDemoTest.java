package it.zonale.opendata;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import it.zonale.support.ApiTest;
import it.zonale.support.DemoDataProfile;
import it.zonale.support.Tokens;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * Every open dataset of the demo data, in every format, is what its metadata says and holds no
 * person's name or e-mail address; conditional GETs answer 304.
 */
@QuarkusTest
@TestProfile(DemoDataProfile.class)
class OpenDataDemoTest extends ApiTest {
  static final String OGLIO_PO_PLAN = "b1000000-0000-4000-8000-000000000001";
  static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+\\.[\\w.]+");

  @Inject DataSource db;

  private final ObjectMapper json = new ObjectMapper();

  @Test
  void everyDatasetOfEveryPublishedPlanParsesAndHoldsNoPeople() throws Exception {
    Set<String> people = peopleNames();
    assertThat(people).isNotEmpty();
    List<String> urls = new ArrayList<>();
    List<String> planIds = new ArrayList<>();
    for (String district : List.of(Tokens.OGLIO_PO.toString(), Tokens.CREMASCO.toString())) {
      JsonNode list = getJson("/api/v1/datasets?districtId=" + district);
      list.get("items")
          .forEach(d -> d.get("distributions").forEach(x -> urls.add(x.get("url").asText())));
      JsonNode plans = getJson("/api/v1/datasets/plans?format=json&districtId=" + district);
      plans.get("items").forEach(p -> planIds.add(p.get("planId").asText()));
    }
    assertThat(planIds).contains(OGLIO_PO_PLAN);
    for (String plan : planIds) {
      JsonNode list = getJson("/api/v1/datasets?planId=" + plan);
      list.get("items")
          .forEach(d -> d.get("distributions").forEach(x -> urls.add(x.get("url").asText())));
    }
    int rows = 0;
    for (String url : new java.util.LinkedHashSet<>(urls)) {
      Response r = given().get(url);
      assertThat(r.statusCode()).as(url).isEqualTo(200);
      String body = r.asString();
      assertThat(r.header("ETag")).as(url).isNotBlank();
      assertThat(r.header("Last-Modified")).as(url).isNotBlank();
      String key = url.replaceAll(".*/datasets/([a-z-]+)\\?.*", "$1");
      Dataset d = Datasets.byKey(key).orElseThrow();
      if (url.endsWith("format=CSV")) {
        assertThat(body).doesNotStartWith("\uFEFF");
        try (CSVParser p =
            CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(body))) {
          assertThat(p.getHeaderNames()).as(url).isEqualTo(d.columnNames());
          for (CSVRecord rec : p) {
            assertThat(rec.size()).isEqualTo(d.columns().size());
            rows++;
          }
        }
      } else if (url.endsWith("format=JSON")) {
        JsonNode n = json.readTree(body);
        assertThat(n.get("dataset").asText()).isEqualTo(key);
        n.get("items").forEach(i -> assertThat(names(i)).isEqualTo(d.columnNames()));
      } else {
        JsonNode n = json.readTree(body);
        assertThat(n.get("url").asText()).endsWith("format=CSV");
        List<String> cols = new ArrayList<>();
        n.get("tableSchema").get("columns").forEach(c -> cols.add(c.get("name").asText()));
        assertThat(cols).isEqualTo(d.columnNames());
        continue; // the metadata names the contact, not a person: checked below for data only
      }
      assertThat(EMAIL.matcher(body).find()).as("an e-mail address in " + url).isFalse();
      String lower = body.toLowerCase(Locale.ROOT);
      for (String person : people) {
        assertThat(lower).as("a person's name in " + url).doesNotContain(person);
      }
    }
    assertThat(rows).isGreaterThan(50);
    assertThat(urls).anyMatch(u -> u.contains("/istanze?"));
    assertThat(urls).anyMatch(u -> u.contains("/sessions?"));
    assertThat(urls).anyMatch(u -> u.contains("/needs-synthesis?"));
  }

  @Test
  void sessionsCarryAttendanceByKindOfOrganisationForHeldSessionsOnly() throws Exception {
    java.util.Map<String, long[]> expected = new java.util.HashMap<>();
    try (Connection c = db.getConnection();
        ResultSet rs =
            c.createStatement()
                .executeQuery(
                    "select r.session_id, count(distinct r.organization_id), count(*) from"
                        + " registrations r join sessions s on s.id = r.session_id where"
                        + " r.attended and s.status = 'HELD' and s.plan_id = '"
                        + OGLIO_PO_PLAN
                        + "' group by r.session_id")) {
      while (rs.next()) {
        expected.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3)});
      }
    }
    assertThat(expected).isNotEmpty();
    JsonNode items =
        getJson("/api/v1/datasets/sessions?format=json&planId=" + OGLIO_PO_PLAN).get("items");
    Set<String> held = new HashSet<>();
    for (JsonNode s : items) {
      if (!s.get("status").asText().equals("HELD")) {
        assertThat(s.get("attendingPeople").isNull()).isTrue();
        assertThat(s.get("attendingOrganizations_APS").isNull()).isTrue();
        continue;
      }
      held.add(s.get("sessionId").asText());
      long[] want = expected.getOrDefault(s.get("sessionId").asText(), new long[2]);
      assertThat(s.get("attendingOrganizations").asLong()).isEqualTo(want[0]);
      assertThat(s.get("attendingPeople").asLong()).isEqualTo(want[1]);
      long orgs = 0;
      long people = 0;
      for (it.zonale.organization.OrganizationKind k :
          it.zonale.organization.OrganizationKind.values()) {
        orgs += s.get("attendingOrganizations_" + k.name()).asLong();
        people += s.get("attendingPeople_" + k.name()).asLong();
      }
      assertThat(orgs).isEqualTo(want[0]);
      assertThat(people).isEqualTo(want[1]);
    }
    // every session with someone present is a held one; a held one may have had nobody
    assertThat(held).containsAll(expected.keySet());
  }

  @Test
  void needsSynthesisIsWhatAnAnonymousVisitorReadsWithTheSameSuppression() throws Exception {
    String url = "/api/v1/datasets/needs-synthesis?format=json&planId=" + OGLIO_PO_PLAN;
    JsonNode items = getJson(url).get("items");
    java.util.Map<String, JsonNode> byId = new java.util.HashMap<>();
    items.forEach(i -> byId.put(i.get("figureId").asText(), i));
    assertThat(byId).hasSameSizeAs(items);
    // the plan office gets the public view too: the dataset does not depend on who asks
    String office =
        as(Tokens.consortium(Tokens.OGLIO_PO)).get(url).then().statusCode(200).extract().asString();
    assertThat(json.readTree(office).get("items")).isEqualTo(items);
    List<String> surveys = new ArrayList<>();
    try (Connection c = db.getConnection();
        ResultSet rs =
            c.createStatement()
                .executeQuery(
                    "select id from surveys where status <> 'DRAFT' and plan_id = '"
                        + OGLIO_PO_PLAN
                        + "'")) {
      while (rs.next()) {
        surveys.add(rs.getString(1));
      }
    }
    assertThat(surveys).isNotEmpty();
    int figures = 0;
    int statistics = 0;
    boolean anySuppressed = false;
    for (String survey : surveys) {
      JsonNode synthesis = getJson("/api/v1/surveys/" + survey + "/synthesis");
      assertThat(synthesis.get("fullView").asBoolean()).isFalse();
      for (JsonNode q : synthesis.get("questions")) {
        String prefix = survey + "/" + q.get("key").asText();
        for (JsonNode o : q.get("options")) {
          figures++;
          anySuppressed |= sameFigure(byId.get(prefix + "/" + o.get("key").asText()), o, q);
        }
        if (!absent(q, "stats")) {
          figures++;
          statistics++;
          sameStatistics(byId.get(prefix), q.get("stats"), q);
          assertThat(byId.get(prefix).path("unit").asText("")).isEqualTo(q.path("unit").asText(""));
        }
        for (JsonNode r : q.get("rows")) {
          boolean valued = false;
          for (JsonNode o : r.get("options")) {
            figures++;
            valued |= !absent(o, "value");
            anySuppressed |=
                sameFigure(
                    byId.get(prefix + "/" + r.get("key").asText() + "/" + o.get("key").asText()),
                    o,
                    r);
          }
          if (valued) {
            figures++;
            statistics++;
            sameStatistics(byId.get(prefix + "/" + r.get("key").asText()), r.get("stats"), r);
          } else {
            assertThat(byId).doesNotContainKey(prefix + "/" + r.get("key").asText());
          }
        }
      }
    }
    assertThat(figures).isPositive().isEqualTo(items.size());
    assertThat(statistics).as("the demo has number and rating questions").isPositive();
    assertThat(anySuppressed).as("the demo has small cells").isTrue();
  }

  /** The dataset's STATISTICS row shows the synthesis' n, mean, median, min and max. */
  private static void sameStatistics(JsonNode row, JsonNode stats, JsonNode question) {
    assertThat(row).as(question.toString()).isNotNull();
    assertThat(row.get("figureKind").asText()).isEqualTo("STATISTICS");
    assertThat(absent(row, "optionKey") && absent(row, "count") && absent(row, "share")).isTrue();
    assertThat(row.path("suppressed").asBoolean())
        .as(stats.toString())
        .isEqualTo(stats.path("suppressed").asBoolean());
    for (String f : List.of("n", "mean", "median", "min", "max")) {
      assertThat(absent(row, f)).as(f + " of " + stats).isEqualTo(absent(stats, f));
      assertThat(row.path(f).asDouble()).as(f + " of " + stats).isEqualTo(stats.path(f).asDouble());
    }
    assertThat(absent(row, "respondents")).isEqualTo(absent(question, "respondents"));
    assertThat(row.path("respondents").asLong()).isEqualTo(question.path("respondents").asLong());
  }

  /** The dataset's row shows the synthesis figure; answers whether it is suppressed. */
  private static boolean sameFigure(JsonNode row, JsonNode option, JsonNode question) {
    assertThat(row).as(option.toString()).isNotNull();
    assertThat(row.get("figureKind").asText()).isEqualTo("OPTION");
    assertThat(absent(row, "n") && absent(row, "mean")).isTrue();
    boolean suppressed = option.path("suppressed").asBoolean();
    assertThat(row.path("suppressed").asBoolean()).as(option.toString()).isEqualTo(suppressed);
    for (String[] f : new String[][] {{"count", "count"}, {"share", "share"}}) {
      assertThat(absent(row, f[0])).as(f[0] + " of " + option).isEqualTo(absent(option, f[1]));
      assertThat(row.path(f[0]).asDouble())
          .as(option.toString())
          .isEqualTo(option.path(f[1]).asDouble());
    }
    assertThat(absent(row, "respondents")).isEqualTo(absent(question, "respondents"));
    assertThat(row.path("respondents").asLong()).isEqualTo(question.path("respondents").asLong());
    return suppressed;
  }

  /** A property that is missing (the API leaves nulls out) or null. */
  private static boolean absent(JsonNode n, String field) {
    return n.path(field).isMissingNode() || n.path(field).isNull();
  }

  @Test
  void datasetsAnswer304ToTheirValidators() {
    String url = "/api/v1/datasets/tables?planId=" + OGLIO_PO_PLAN + "&format=csv";
    Response first = given().get(url);
    first.then().statusCode(200);
    String etag = first.header("ETag");
    given().header("If-None-Match", etag).get(url).then().statusCode(304);
    given()
        .header("If-Modified-Since", first.header("Last-Modified"))
        .get(url)
        .then()
        .statusCode(304);
    given().header("If-None-Match", "\"other\"").get(url).then().statusCode(200);
    String jsonEtag =
        given()
            .get(url.replace("format=csv", "format=json"))
            .then()
            .statusCode(200)
            .extract()
            .header("ETag");
    assertThat(jsonEtag).isNotEqualTo(etag);
  }

  /**
   * Recording attendance changes the sessions dataset without changing the plan: Last-Modified
   * follows it, so If-Modified-Since answers 304 before and 200 after.
   */
  @Test
  void recordingAttendanceMovesTheSessionsLastModified() throws Exception {
    String office = Tokens.consortium(Tokens.OGLIO_PO);
    Object planId =
        publish(office, createPlan(office, Tokens.OGLIO_PO, policyAreaIds(1))).get("id");
    java.time.OffsetDateTime start =
        java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).plusHours(1).withNano(0);
    Object sessionId =
        as(office)
            .body(
                java.util.Map.of(
                    "kind", "PLENARY",
                    "title", "Plenaria di verifica",
                    "startsAt", start.toString(),
                    "endsAt", start.plusHours(2).toString(),
                    "mode", "IN_PERSON",
                    "place", "Casalmaggiore"))
            .post("/api/v1/plans/" + planId + "/sessions")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    java.util.UUID coop = registerOrganization(office, "SOCIAL_COOPERATIVE");
    String person =
        newParticipantId(
            Tokens.token("delegato-" + coop, "ets", coop, Tokens.OGLIO_PO), coop, "Walk In");
    String url = "/api/v1/datasets/sessions?format=csv&planId=" + planId;
    movesLastModified(
        url,
        () ->
            as(office)
                .body(java.util.Map.of("attended", true))
                .put("/api/v1/sessions/" + sessionId + "/participants/" + person + "/attendance")
                .then()
                .statusCode(200));
  }

  /**
   * Submitting a response changes the needs synthesis without changing the plan: Last-Modified
   * follows it.
   */
  @Test
  void submittingAResponseMovesTheNeedsSynthesisLastModified() throws Exception {
    String office = Tokens.consortium(Tokens.OGLIO_PO);
    List<String> areas = policyAreaIds(2);
    java.util.Map<String, Object> plan =
        publish(office, createPlan(office, Tokens.OGLIO_PO, areas));
    java.util.UUID planId = java.util.UUID.fromString((String) plan.get("id"));
    java.util.UUID table =
        java.util.UUID.fromString((String) createTable(office, plan.get("id"), areas).get("id"));
    java.util.UUID survey =
        it.zonale.synthesis.SurveyData.seed(
            db,
            planId,
            Tokens.OGLIO_PO,
            table,
            java.util.UUID.fromString(areas.get(0)),
            java.util.UUID.fromString(areas.get(1)),
            5);
    java.util.UUID org = registerOrganization(office, "APS");
    String delegate =
        Tokens.token("delegato-" + java.util.UUID.randomUUID(), "ets", org, Tokens.OGLIO_PO);
    java.util.Map<String, Object> body = new java.util.HashMap<>();
    body.put("subdistrictId", it.zonale.synthesis.SurveyData.CASALASCO);
    body.put("answers", java.util.Map.of("volunteers", 7, "sector", "c"));
    Object version =
        as(delegate)
            .body(body)
            .put("/api/v1/surveys/" + survey + "/responses/mine")
            .then()
            .statusCode(200)
            .extract()
            .path("version");
    String url = "/api/v1/datasets/needs-synthesis?format=csv&planId=" + planId;
    movesLastModified(
        url,
        () ->
            as(delegate)
                .body(java.util.Map.of("version", version))
                .post("/api/v1/surveys/" + survey + "/responses/mine/submit")
                .then()
                .statusCode(200));
  }

  /** 304 to If-Modified-Since before the change; after it 200, a later Last-Modified, then 304. */
  private static void movesLastModified(String url, Runnable change) throws Exception {
    String before = given().get(url).then().statusCode(200).extract().header("Last-Modified");
    given().header("If-Modified-Since", before).get(url).then().statusCode(304);
    // Last-Modified counts whole seconds: the change must fall in a later one
    Thread.sleep(1100);
    change.run();
    Response after = given().header("If-Modified-Since", before).get(url);
    after.then().statusCode(200);
    String modified = after.header("Last-Modified");
    var format = java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME;
    assertThat(java.time.ZonedDateTime.parse(modified, format))
        .isAfter(java.time.ZonedDateTime.parse(before, format));
    given().header("If-Modified-Since", modified).get(url).then().statusCode(304);
  }

  @Test
  void theFormatFollowsAcceptAndUnknownOrUnscopedDatasetsAreRefused() {
    given()
        .accept("text/csv")
        .get("/api/v1/datasets/ambiti")
        .then()
        .statusCode(200)
        .contentType(org.hamcrest.Matchers.startsWith("text/csv"));
    given().get("/api/v1/datasets/nothing").then().statusCode(404);
    given().get("/api/v1/datasets/tables").then().statusCode(400);
    given()
        .get("/api/v1/datasets/tables?planId=00000000-0000-4000-8000-000000000000")
        .then()
        .statusCode(404);
  }

  @Test
  void comuniCarryTheirIstatCodesWithLeadingZeros() throws Exception {
    String csv =
        given()
            .get("/api/v1/datasets/comuni?format=csv")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    try (CSVParser p =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(csv))) {
      List<CSVRecord> all = p.getRecords();
      assertThat(all).hasSizeGreaterThan(100);
      assertThat(all).allSatisfy(r -> assertThat(r.get("istatCode")).matches("[0-9]{6}"));
      assertThat(all).anySatisfy(r -> assertThat(r.get("istatCode")).startsWith("0"));
    }
  }

  private JsonNode getJson(String url) throws Exception {
    return json.readTree(given().get(url).then().statusCode(200).extract().asString());
  }

  private static List<String> names(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }

  /** Every person the database knows by name: participants and the accordo's signatories. */
  private Set<String> peopleNames() throws Exception {
    Set<String> names = new HashSet<>();
    try (Connection c = db.getConnection();
        ResultSet rs =
            c.createStatement()
                .executeQuery(
                    "select full_name from participants union select signatory_name from"
                        + " agreement_signatories where signatory_name is not null")) {
      while (rs.next()) {
        names.add(rs.getString(1).toLowerCase(Locale.ROOT));
      }
    }
    return names;
  }
}
