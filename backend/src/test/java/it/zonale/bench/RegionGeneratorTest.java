package it.zonale.bench;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import it.zonale.support.Surveys;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The region generator at scale 0.02 on the test database with the demo data: it maps the whole
 * region, keeps every row that was there, writes consistent data that the API reads, and the same
 * seed sends the same bytes.
 *
 * <p>Its own test profile (the demo data, as DemoDataProfile loads it) gives it its own application
 * start, so Flyway cleans and migrates a database for it alone: the generated rows never reach the
 * other tests, which count districts, plans and organisations. This class uses only jars of the
 * test classpath (no it.zonale.support), so that the launcher can still compile the bench folder
 * alone.
 */
@QuarkusTest
@TestProfile(RegionGeneratorTest.WithDemoData.class)
class RegionGeneratorTest {
  static final double SCALE = 0.02;
  static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
  static final String PLAN = RegionGenerator.LARGE_PLAN.toString();
  static final String SURVEY = RegionGenerator.LARGE_SURVEY.toString();

  /** The tables the generator fills, and the rows of each that existed before it ran. */
  static final List<String> TABLES =
      List.of(
          "districts",
          "subdistricts",
          "municipalities",
          "organizations",
          "organization_districts",
          "plans",
          "plan_policy_areas",
          "plan_phases",
          "thematic_tables",
          "thematic_table_policy_areas",
          "sessions",
          "participants",
          "registrations",
          "table_memberships",
          "surveys",
          "survey_responses",
          "survey_answers");

  public static class WithDemoData implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("quarkus.flyway.locations", "db/migration,db/demo");
    }
  }

  @ConfigProperty(name = "quarkus.datasource.jdbc.url")
  String url;

  @ConfigProperty(name = "quarkus.datasource.username")
  String user;

  @ConfigProperty(name = "quarkus.datasource.password")
  String password;

  static Map<String, List<String>> before;
  static Map<String, Long> countsBefore;
  static long periodsBefore;
  static RegionGenerator.Result otherSeed;
  static RegionGenerator.Result dryRun;
  static RegionGenerator.Result generated;
  static RegionGenerator.Result again;
  static String printed;

  @BeforeEach
  void generateOnce() throws Exception {
    if (generated != null) {
      return;
    }
    before = new LinkedHashMap<>();
    for (String table : TABLES) {
      // comuni without an ambito are the ones the generator maps: every other row must survive
      String where = table.equals("municipalities") ? " where t.district_id is not null" : "";
      before.put(table, strings("select t::text from " + table + " t" + where));
    }
    countsBefore = counts();
    periodsBefore =
        count(
            "select count(*) from plans where (start_year, end_year) in ((2018, 2020), (2021,"
                + " 2023), (2024, 2026))");
    otherSeed = run(43, true);
    dryRun = run(42, true);
    assertThat(counts()).as("a dry run leaves nothing behind").isEqualTo(countsBefore);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    generated = run(42, false, new PrintStream(out, true, StandardCharsets.UTF_8));
    printed = out.toString(StandardCharsets.UTF_8);
    again = run(42, false);
  }

  RegionGenerator.Result run(long seed, boolean dryRun) throws Exception {
    return run(seed, dryRun, new PrintStream(new ByteArrayOutputStream(), true, "UTF-8"));
  }

  RegionGenerator.Result run(long seed, boolean dryRun, PrintStream out) throws Exception {
    List<String> args =
        new ArrayList<>(
            List.of(
                "--url=" + url,
                "--user=" + user,
                "--password=" + password,
                "--seed=" + seed,
                "--scale=" + SCALE,
                "--today=" + TODAY));
    if (dryRun) {
      args.add("--dry-run");
    }
    return RegionGenerator.run(RegionGenerator.Options.parse(args.toArray(String[]::new)), out);
  }

  @Test
  void theSameSeedSendsTheSameBytesAndASecondLoadIsRefused() {
    assertThat(generated.exitCode()).isZero();
    assertThat(generated.digest()).isEqualTo(dryRun.digest()).hasSize(64);
    assertThat(otherSeed.digest()).isNotEqualTo(generated.digest());
    assertThat(again.exitCode()).as("generated data is there already").isEqualTo(2);
    assertThat(printed)
        .contains("registrations", "survey_answers", "TOTAL", PLAN, SURVEY, generated.digest());
  }

  @Test
  void everyRowThatWasThereIsStillThereUnchanged() throws SQLException {
    for (String table : TABLES) {
      List<String> rows = before.get(table);
      try (Connection c = connect();
          PreparedStatement st =
              c.prepareStatement("select count(*) from " + table + " t where t::text = any(?)")) {
        st.setArray(1, c.createArrayOf("text", rows.toArray()));
        try (ResultSet rs = st.executeQuery()) {
          rs.next();
          assertThat(rs.getLong(1)).as(table + ": rows kept unchanged").isEqualTo(rows.size());
        }
      }
    }
    assertThat(before.get("plans")).as("the demo data is loaded").isNotEmpty();
    // the real Cremona mapping: 3 ambiti and their 113 comuni
    assertThat(
            count(
                "select count(*) from municipalities where province_code = 'CR' and district_id in"
                    + " ('d1000000-0000-4000-8000-000000000001',"
                    + " 'd1000000-0000-4000-8000-000000000002',"
                    + " 'd1000000-0000-4000-8000-000000000003')"))
        .isEqualTo(113);
  }

  @Test
  void theWholeRegionIsMappedIntoAboutNinetyAmbiti() throws SQLException {
    assertThat(count("select count(*) from municipalities where district_id is null")).isZero();
    assertThat(count("select count(*) from municipalities")).isEqualTo(1502);
    assertThat(count("select count(*) from districts")).isBetween(85L, 95L);
    assertThat(
            count(
                "select count(*) from municipalities m join subdistricts s on s.id ="
                    + " m.subdistrict_id and s.district_id = m.district_id"
                    + " where m.mapping_basis = 'generated'"))
        .as("generated comuni sit in a sub-ambito of their ambito")
        .isEqualTo(1389);
    assertThat(
            count(
                "select count(*) from districts d where code like 'GEN\\_%' and (select count(*)"
                    + " from subdistricts s where s.district_id = d.id) <> 2"))
        .isZero();
  }

  @Test
  void countsScaleWithTheScale() throws SQLException {
    Map<String, Long> rows = generated.rows();
    assertThat(rows)
        .containsEntry("organizations", 400L)
        .containsEntry("thematic_tables", 20L)
        .containsEntry("sessions", 200L)
        .containsEntry("registrations", 4_000L)
        .containsEntry("survey_responses", 200L)
        .containsEntry("survey_answers", 4_000L)
        .containsEntry("municipalities (update)", 1_389L);
    long ambiti = count("select count(*) from districts");
    assertThat(rows.get("plans")).isEqualTo(3 * ambiti - periodsBefore);
    Map<String, Long> after = counts();
    for (String table : TABLES) {
      if (!table.equals("municipalities")) {
        assertThat(after.get(table) - countsBefore.get(table)).as(table).isEqualTo(rows.get(table));
      }
    }
  }

  @Test
  void registrationsAreOfOrganisationsThatWorkInTheSessionsAmbito() throws SQLException {
    assertThat(
            count(
                "select count(*) from registrations r join sessions s on s.id = r.session_id"
                    + " join participants p on p.id = r.participant_id"
                    + " where r.district_id <> s.district_id or r.organization_id <>"
                    + " p.organization_id or not exists (select 1 from organization_districts od"
                    + " where od.organization_id = p.organization_id and od.district_id ="
                    + " s.district_id)"))
        .isZero();
    assertThat(
            count(
                "select count(*) from sessions s where s.capacity < (select count(*) from"
                    + " registrations r where r.session_id = s.id and r.status = 'REGISTERED')"))
        .as("never more registered than seats")
        .isZero();
    assertThat(
            count(
                "select count(*) from registrations where (status = 'CANCELLED') <> (cancelled_at"
                    + " is not null)"))
        .isZero();
    assertThat(
            count(
                "select count(*) from sessions s join plans p on p.id = s.plan_id where p.status ="
                    + " 'CONSULTATION' and s.status = 'SCHEDULED' and s.starts_at > now()"))
        .as("consultation goes on: future sessions")
        .isPositive();
    assertThat(
            count(
                "select count(*) from sessions where (status = 'HELD' and starts_at > now() +"
                    + " interval '1 day') or (status = 'SCHEDULED' and starts_at < now() - interval"
                    + " '1 day')"))
        .isZero();
  }

  static final String EXPECTED_ROWS = Surveys.expectedAnswerRows(SURVEY);

  static final String ACTUAL_ROWS = Surveys.answerRows(SURVEY);

  @Test
  void theSurveysAnswerRowsSayWhatItsAnswersSay() throws SQLException {
    assertThat(count("select count(*) from (" + EXPECTED_ROWS + ") e")).isEqualTo(4_000);
    assertThat(
            count("select count(*) from ((" + EXPECTED_ROWS + ") except (" + ACTUAL_ROWS + ")) x"))
        .isZero();
    assertThat(
            count("select count(*) from ((" + ACTUAL_ROWS + ") except (" + EXPECTED_ROWS + ")) x"))
        .isZero();
    assertThat(
            count(
                "select count(*) from survey_responses r join surveys s on s.id = r.survey_id"
                    + " join subdistricts sd on sd.id = r.subdistrict_id and sd.district_id ="
                    + " s.district_id join organization_districts od on od.organization_id ="
                    + " r.organization_id and od.district_id = s.district_id"
                    + " where s.id = '"
                    + SURVEY
                    + "' and r.status = 'SUBMITTED' and r.submitted_at between s.published_at and"
                    + " s.deadline"))
        .as("submitted in time by organisations of the ambito, for one of its sub-ambiti")
        .isEqualTo(200);
  }

  @Test
  void thePublicApiReadsTheGeneratedRegion() {
    given()
        .accept("application/json")
        .get("/api/v1/plans?limit=100")
        .then()
        .statusCode(200)
        .body("total", greaterThanOrEqualTo(200));
    given()
        .accept("application/json")
        .get("/api/v1/plans/" + PLAN)
        .then()
        .statusCode(200)
        .body("status", equalTo("CONSULTATION"));
    given()
        .accept("application/json")
        .get("/api/v1/surveys/" + SURVEY + "/synthesis")
        .then()
        .statusCode(200)
        .body("respondents", equalTo(200))
        .body("questions.size()", equalTo(8));
  }

  // --------------------------------------------------------------------------------------------

  Connection connect() throws SQLException {
    return DriverManager.getConnection(url, user, password);
  }

  long count(String sql) throws SQLException {
    try (Connection c = connect();
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  List<String> strings(String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Connection c = connect();
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    return out;
  }

  Map<String, Long> counts() throws SQLException {
    Map<String, Long> out = new LinkedHashMap<>();
    for (String table : TABLES) {
      out.put(table, count("select count(*) from " + table));
    }
    return out;
  }
}
