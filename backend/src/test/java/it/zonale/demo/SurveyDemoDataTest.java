package it.zonale.demo;

import static it.zonale.support.Tokens.CREMASCO;
import static it.zonale.support.Tokens.OGLIO_PO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import it.zonale.support.ApiTest;
import it.zonale.support.DemoDataProfile;
import it.zonale.support.Surveys;
import it.zonale.support.Tokens;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The demo needs survey of Oglio Po (R__demo_09_survey.sql): published, answered by the ambito's
 * organisations, and its normalised answer rows say exactly what the answers JSON says.
 */
@QuarkusTest
@TestProfile(DemoDataProfile.class)
class SurveyDemoDataTest extends ApiTest {
  static final String PLAN = "b1000000-0000-4000-8000-000000000001";
  static final String SURVEY = "c9000000-0000-4000-8000-000000000001";
  static final String CREMASCO_DRAFT = "c9000000-0000-4000-8000-000000000002";

  static final String EXPECTED_ROWS = Surveys.expectedAnswerRows(SURVEY);

  static final String ACTUAL_ROWS = Surveys.answerRows(SURVEY);

  @Inject DataSource dataSource;

  long count(String sql) throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  @Test
  void theAnswerRowsAgreeWithTheAnswersOfEveryResponse() throws SQLException {
    assertThat(count("select count(*) from (" + EXPECTED_ROWS + ") e"))
        .as("answer rows the JSON implies")
        .isGreaterThan(200);
    assertThat(
            count(
                "select count(*) from (("
                    + EXPECTED_ROWS
                    + ") except ("
                    + ACTUAL_ROWS
                    + ")) missing"))
        .as("rows the answers JSON implies but survey_answers lacks")
        .isZero();
    assertThat(
            count(
                "select count(*) from (("
                    + ACTUAL_ROWS
                    + ") except ("
                    + EXPECTED_ROWS
                    + ")) extra"))
        .as("rows of survey_answers that no answer implies")
        .isZero();
    assertThat(count("select count(*) from (" + ACTUAL_ROWS + ") a"))
        .isEqualTo(count("select count(*) from (" + EXPECTED_ROWS + ") e"));
  }

  @Test
  void everyAnswerIsToAQuestionOfTheSurveyAndEveryRequiredOneIsAnsweredOnSubmission()
      throws SQLException {
    assertThat(
            count(
                """
                select count(*) from survey_responses r, jsonb_object_keys(r.answers) k
                where r.survey_id = '%s' and not exists (
                  select 1 from surveys s, jsonb_array_elements(s.definition->'sections') sec,
                         jsonb_array_elements(sec->'questions') q
                  where s.id = r.survey_id and q->>'key' = k)
                """
                    .formatted(SURVEY)))
        .isZero();
    assertThat(
            count(
                """
                select count(*) from survey_responses r, surveys s,
                     jsonb_array_elements(s.definition->'sections') sec,
                     jsonb_array_elements(sec->'questions') q
                where r.survey_id = s.id and s.id = '%s' and r.status = 'SUBMITTED'
                  and (q->>'required')::boolean and not r.answers ? (q->>'key')
                """
                    .formatted(SURVEY)))
        .isZero();
  }

  @Test
  void theOrganisationsOfOglioPoAnsweredForBothSubAmbiti() throws SQLException {
    String base = "select count(*) from survey_responses where survey_id = '" + SURVEY + "'";
    assertThat(count(base + " and status = 'SUBMITTED'")).isGreaterThanOrEqualTo(12);
    assertThat(count(base + " and status = 'DRAFT'")).isEqualTo(1);
    assertThat(count(base + " and subdistrict_id = '5d000000-0000-4000-8000-000000000031'"))
        .isGreaterThan(count(base + " and subdistrict_id = '5d000000-0000-4000-8000-000000000032'"))
        .isGreaterThan(0);
    assertThat(
            count(
                base
                    + " and organization_id not in (select organization_id from"
                    + " organization_districts where district_id = '"
                    + OGLIO_PO
                    + "')"))
        .as("respondents outside the ambito")
        .isZero();
    // The need levels vary: a synthesis has something to show.
    assertThat(
            count(
                "select count(distinct option_key) from survey_answers where survey_id = '"
                    + SURVEY
                    + "' and question_key = 'bisogni_area'"))
        .isGreaterThanOrEqualTo(3);
  }

  @Test
  void theSurveyIsPublicOnceItsPlanIsAndTheCremascoDraftIsTheOfficesOnly() {
    anonymous()
        .get("/api/v1/surveys/" + SURVEY)
        .then()
        .statusCode(200)
        .body("status", equalTo("PUBLISHED"))
        .body("deadline", equalTo("2021-09-20T23:59:00+02:00"))
        .body("definition.sections.key", hasItem("bisogni"));
    anonymous()
        .get("/api/v1/plans/" + PLAN + "/surveys")
        .then()
        .statusCode(200)
        .body("items.id", hasItem(SURVEY));
    anonymous().get("/api/v1/surveys/" + CREMASCO_DRAFT).then().statusCode(404);
    as(Tokens.consortium(CREMASCO))
        .get("/api/v1/surveys/" + CREMASCO_DRAFT)
        .then()
        .statusCode(200)
        .body("status", equalTo("DRAFT"))
        .body("definition.sections[2].questions[0].type", equalTo("MATRIX"));
  }
}
