package it.zonale.synthesis;

import static it.zonale.support.Tokens.OGLIO_PO;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import it.zonale.support.ApiTest;
import it.zonale.support.Tokens;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The synthesis cache against real PostgreSQL: a repeated request is served without computing, and
 * every change that the synthesis shows (a submit, an edit of a submitted response, a reopen, the
 * survey closed) is in the very next answer; views and filters never share an entry.
 */
@QuarkusTest
class SynthesisCacheTest extends ApiTest {
  @Inject AgroalDataSource db;
  @Inject SynthesisCache cache;
  @Inject SynthesisRepository repository;

  final String office = Tokens.consortium(OGLIO_PO);

  UUID planId;
  UUID survey;

  @BeforeEach
  void seed() throws SQLException {
    List<String> areas = policyAreaIds(2);
    Map<String, Object> plan = publish(office, createPlan(office, OGLIO_PO, areas));
    UUID table = UUID.fromString((String) createTable(office, plan.get("id"), areas).get("id"));
    planId = UUID.fromString((String) plan.get("id"));
    survey =
        SurveyData.seed(
            db,
            planId,
            OGLIO_PO,
            table,
            UUID.fromString(areas.get(0)),
            UUID.fromString(areas.get(1)),
            20);
    SurveyData.members(db, survey, table, OGLIO_PO, 6);
  }

  JsonPath get(String token, String path) {
    var request = token == null ? anonymous() : as(token);
    return request
        .get("/api/v1/surveys/" + survey + "/synthesis" + path)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  /** How many computations a call made: 0 when served from the cache. */
  long computed(Runnable call) {
    long before = cache.computations();
    call.run();
    return cache.computations() - before;
  }

  static long sectorCount(JsonPath s, String option) {
    return s.getLong(
        "questions.find { it.key == 'sector' }.options.find { it.key == '" + option + "' }.count");
  }

  @Test
  void aRepeatedRequestIsServedFromTheCache() {
    JsonPath[] first = new JsonPath[1];
    JsonPath[] second = new JsonPath[1];
    assertThat(computed(() -> first[0] = get(office, ""))).isEqualTo(1);
    assertThat(computed(() -> second[0] = get(office, ""))).isZero();
    assertThat(second[0].prettify()).isEqualTo(first[0].prettify());
    String crosstab = "/crosstab?question=sector&by=KIND";
    assertThat(computed(() -> get(null, crosstab))).isEqualTo(1);
    assertThat(computed(() -> get(null, crosstab))).isZero();
    assertThat(computed(() -> get(null, "/crosstab?question=sector&by=TABLE"))).isEqualTo(1);
    assertThat(computed(() -> get(null, "/crosstab?question=sector&by=TABLE"))).isZero();
  }

  @Test
  void submitEditAndReopenShowInTheVeryNextSynthesis() {
    JsonPath before = get(office, "");
    assertThat(before.getLong("respondents")).isEqualTo(20);
    long c = sectorCount(before, "c");
    long a = sectorCount(before, "a");

    UUID org = registerOrganization(office, "APS");
    String delegate = Tokens.token("delegato-" + UUID.randomUUID(), "ets", org, OGLIO_PO);
    Map<String, Object> response = save(delegate, null, "c");
    // a draft is not in the synthesis: it does not even cost a computation
    assertThat(computed(() -> assertThat(get(office, "").getLong("respondents")).isEqualTo(20)))
        .isZero();

    Map<String, Object> submitted =
        as(delegate)
            .body(Map.of("version", response.get("version")))
            .post("/api/v1/surveys/" + survey + "/responses/mine/submit")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getMap("");
    JsonPath afterSubmit = get(office, "");
    assertThat(afterSubmit.getLong("respondents")).isEqualTo(21);
    assertThat(sectorCount(afterSubmit, "c")).isEqualTo(c + 1);

    // the submitted response edited: same count of responses, another answer
    Map<String, Object> edited = save(delegate, submitted.get("version"), "a");
    assertThat(edited.get("status")).isEqualTo("SUBMITTED");
    JsonPath afterEdit = get(office, "");
    assertThat(afterEdit.getLong("respondents")).isEqualTo(21);
    assertThat(sectorCount(afterEdit, "c")).isEqualTo(c);
    assertThat(sectorCount(afterEdit, "a")).isEqualTo(a + 1);
    // the public view too, not only the office's
    assertThat(get(null, "").getLong("respondents")).isEqualTo(21);

    as(office)
        .body(Map.of("version", edited.get("version")))
        .post("/api/v1/survey-responses/" + edited.get("id") + "/reopen")
        .then()
        .statusCode(200);
    JsonPath afterReopen = get(office, "");
    assertThat(afterReopen.getLong("respondents")).isEqualTo(20);
    assertThat(sectorCount(afterReopen, "a")).isEqualTo(a);
    assertThat(get(null, "").getLong("respondents")).isEqualTo(20);
  }

  Map<String, Object> save(String delegate, Object version, String sector) {
    Map<String, Object> answers = new HashMap<>();
    answers.put("volunteers", 7);
    answers.put("sector", sector);
    Map<String, Object> body = new HashMap<>();
    body.put("version", version);
    body.put("subdistrictId", SurveyData.CASALASCO);
    body.put("answers", answers);
    return as(delegate)
        .body(body)
        .put("/api/v1/surveys/" + survey + "/responses/mine")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getMap("");
  }

  /**
   * Any change to a submitted response, even one made with the same updated_at (two edits in the
   * same instant, or a late commit of an earlier instant), changes the freshness: it counts each
   * response by its id and version, which every save through the entity raises.
   */
  @Test
  void theFreshnessChangesWithAVersionEvenWhenUpdatedAtDoesNot() throws SQLException {
    var before = freshness();
    try (Connection c = db.getConnection()) {
      c.createStatement()
          .executeUpdate(
              "update survey_responses set version = version + 1 where id = (select id from"
                  + " survey_responses where survey_id = '"
                  + survey
                  + "' and status = 'SUBMITTED' order by id limit 1)");
    }
    var after = freshness();
    assertThat(after.latestUpdate()).isEqualTo(before.latestUpdate());
    assertThat(after.submitted()).isEqualTo(before.submitted());
    assertThat(after).isNotEqualTo(before);
    // and the survey's own version (closing it, its definition)
    try (Connection c = db.getConnection()) {
      c.createStatement()
          .executeUpdate("update surveys set version = version + 1 where id = '" + survey + "'");
    }
    assertThat(freshness()).isNotEqualTo(after);
  }

  SynthesisRepository.Freshness freshness() {
    return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
        .call(() -> repository.freshness(survey, false).orElseThrow());
  }

  @Test
  void theOfficeAndThePublicNeverShareAnEntry() {
    String r2 = "questions.find { it.key == 'needs' }.rows.find { it.key == 'r2' }";
    // the public first, then the office: the office must not get the suppressed entry
    assertThat(computed(() -> assertThat(get(null, "").getBoolean("fullView")).isFalse()))
        .isEqualTo(1);
    JsonPath[] s = new JsonPath[1];
    assertThat(computed(() -> s[0] = get(office, ""))).isEqualTo(1);
    assertThat(s[0].getBoolean("fullView")).isTrue();
    assertThat(s[0].getBoolean(r2 + ".respondentsSuppressed")).isFalse();
    assertThat(s[0].getLong(r2 + ".respondents")).isEqualTo(2);
    // served again, each its own
    JsonPath pub = get(null, "");
    assertThat(pub.getBoolean(r2 + ".respondentsSuppressed")).isTrue();
    assertThat(pub.getString(r2 + ".respondents")).isNull();
    assertThat(computed(() -> assertThat(get(office, "").getBoolean("fullView")).isTrue()))
        .isZero();
    // an ETS delegate of another organisation gets the public entry, never the office's
    String ets = Tokens.withRole("ets", OGLIO_PO);
    assertThat(computed(() -> assertThat(get(ets, "").getBoolean("fullView")).isFalse())).isZero();
    // and so for the cross-tabs
    String crosstab = "/crosstab?question=needs&by=SUBDISTRICT";
    assertThat(computed(() -> get(office, crosstab))).isEqualTo(1);
    assertThat(computed(() -> assertThat(get(null, crosstab).getBoolean("fullView")).isFalse()))
        .isEqualTo(1);
  }

  @Test
  void filtersNeverShareAnEntry() {
    assertThat(get(office, "").getLong("respondents")).isEqualTo(20);
    assertThat(
            computed(
                () -> assertThat(get(office, "?kind=APS").getLong("respondents")).isEqualTo(12)))
        .isEqualTo(1);
    assertThat(
            computed(
                () -> assertThat(get(office, "?kind=ODV").getLong("respondents")).isEqualTo(8)))
        .isEqualTo(1);
    assertThat(computed(() -> get(office, "?subdistrictId=" + SurveyData.CASALASCO))).isEqualTo(1);
    assertThat(computed(() -> get(office, "?subdistrictId=" + SurveyData.VIADANESE))).isEqualTo(1);
    assertThat(computed(() -> get(office, "?policyAreaId=" + policyAreaIds(1).get(0))))
        .isEqualTo(1);
    assertThat(computed(() -> get(office, "/crosstab?question=sector&by=SUBDISTRICT")))
        .isEqualTo(1);
    assertThat(computed(() -> get(office, "/crosstab?question=sector&by=KIND"))).isEqualTo(1);
    assertThat(computed(() -> get(office, "/crosstab?question=needs&by=KIND"))).isEqualTo(1);
    assertThat(computed(() -> get(office, "/crosstab?question=needs&by=KIND&kind=ODV")))
        .isEqualTo(1);
    assertThat(
            computed(
                () -> assertThat(get(office, "?kind=APS").getLong("respondents")).isEqualTo(12)))
        .isZero();
  }
}
