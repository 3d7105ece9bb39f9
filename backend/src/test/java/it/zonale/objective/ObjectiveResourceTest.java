package it.zonale.objective;

import static it.zonale.support.Tokens.CREMASCO;
import static it.zonale.support.Tokens.OGLIO_PO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import it.zonale.shared.report.ReportBlock;
import it.zonale.shared.report.ReportChapter;
import it.zonale.support.ApiTest;
import it.zonale.support.Tokens;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ObjectiveResourceTest extends ApiTest {
  final String office = Tokens.consortium(OGLIO_PO);

  @Inject EntityManager db;
  @Inject ObjectiveChapterSource chapters;

  /** A plan in consultation with two policy areas, a table and a submitted istanza. */
  record Setup(Map<String, Object> plan, List<String> areas, Object tableId, Object istanzaId) {
    Object planId() {
      return plan.get("id");
    }

    int year() {
      return (Integer) plan.get("startYear");
    }
  }

  Setup setup() {
    List<String> areas = policyAreaIds(3);
    Map<String, Object> plan = publish(office, createPlan(office, OGLIO_PO, areas.subList(0, 2)));
    Object tableId = createTable(office, plan.get("id"), areas.subList(0, 1)).get("id");
    UUID org = registerOrganization(office, "SOCIAL_COOPERATIVE");
    String ets = Tokens.token("ets." + org, "ets", org, OGLIO_PO);
    Object istanza =
        as(ets)
            .body(Map.of("title", "Domiciliarità", "text", "Più ore di assistenza."))
            .post("/api/v1/plans/" + plan.get("id") + "/contributions")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    as(ets).post("/api/v1/contributions/" + istanza + "/submit").then().statusCode(200);
    return new Setup(plan, areas, tableId, istanza);
  }

  Map<String, Object> objectiveBody(Setup s, Map<String, Object> extra) {
    Map<String, Object> body = new HashMap<>();
    body.put("policyAreaId", s.areas().get(0));
    body.put("title", "Rafforzare la domiciliarità");
    body.putAll(extra);
    return body;
  }

  Map<String, Object> create(Setup s, Map<String, Object> extra) {
    return as(office)
        .body(objectiveBody(s, extra))
        .post("/api/v1/plans/" + s.planId() + "/objectives")
        .then()
        .statusCode(201)
        .header("Location", containsString("/api/v1/objectives/"))
        .extract()
        .jsonPath()
        .getMap("");
  }

  Map<String, Object> indicator(Object objectiveId, int baseline, int target, int year) {
    return as(office)
        .body(
            Map.of(
                "name",
                "Anziani seguiti a domicilio",
                "unit",
                "persone",
                "baselineValue",
                baseline,
                "baselineYear",
                year,
                "targetValue",
                target,
                "targetYear",
                year + 2,
                "source",
                "Ufficio di Piano",
                "frequency",
                "YEARLY"))
        .post("/api/v1/objectives/" + objectiveId + "/indicators")
        .then()
        .statusCode(201)
        .header("Location", containsString("/api/v1/indicators/"))
        .extract()
        .jsonPath()
        .getMap("");
  }

  @Test
  void officeWritesAnObjectiveThatCitesASubmittedIstanza() {
    Setup s = setup();
    int y = s.year();
    Map<String, Object> o =
        create(
            s,
            Map.of(
                "tableId",
                s.tableId(),
                "description",
                "Più ore di SAD.",
                "actions",
                List.of(" Mappare i bisogni ", "Co-progettare il servizio"),
                "actors",
                "Comuni, ASST, cooperative",
                "resources",
                Map.of("amount", "125000.5", "currency", "EUR"),
                "startDate",
                y + "-03-01",
                "endDate",
                y + "-12-31",
                "contributionIds",
                List.of(s.istanzaId())));
    assertThat(o.get("status")).isEqualTo("PLANNED");
    assertThat(o.get("actions"))
        .isEqualTo(List.of("Mappare i bisogni", "Co-progettare il servizio"));
    assertThat(o.get("resources")).isEqualTo(Map.of("amount", "125000.50", "currency", "EUR"));
    assertThat(o.get("contributions"))
        .isEqualTo(List.of(Map.of("contributionId", s.istanzaId(), "reference", "IST-001")));

    // The istanza leads back to the objective, for whoever may see it.
    as(office)
        .get("/api/v1/contributions/" + s.istanzaId() + "/objectives")
        .then()
        .statusCode(200)
        .body("total", equalTo(1))
        .body("items[0].id", equalTo(o.get("id")));
    anonymous()
        .get("/api/v1/contributions/" + s.istanzaId() + "/objectives")
        .then()
        .statusCode(404)
        .body("type", equalTo(PROBLEM + "contribution-not-found"));

    // Anyone reads the objective of a published plan; filters narrow the list.
    anonymous().get("/api/v1/objectives/" + o.get("id")).then().statusCode(200);
    String list = "/api/v1/plans/" + s.planId() + "/objectives";
    anonymous()
        .get(list + "?policyAreaId=" + s.areas().get(0) + "&status=PLANNED")
        .then()
        .body("total", equalTo(1));
    anonymous().get(list + "?policyAreaId=" + s.areas().get(1)).then().body("total", equalTo(0));
    anonymous().get(list + "?status=ACHIEVED").then().body("total", equalTo(0));
    anonymous().get(list + "?tableId=" + s.tableId()).then().body("total", equalTo(1));
  }

  @Test
  void citationsAndFieldsMustBelongToThePlan() {
    Setup s = setup();
    String url = "/api/v1/plans/" + s.planId() + "/objectives";
    Object[][] cases = {
      {Map.of("policyAreaId", s.areas().get(2)), "/policyAreaId", "unknown-reference"},
      {Map.of("tableId", UUID.randomUUID()), "/tableId", "unknown-reference"},
      {Map.of("startDate", (s.year() - 1) + "-12-31"), "/startDate", "out-of-range"},
      {
        Map.of("startDate", s.year() + "-06-01", "endDate", s.year() + "-05-01"),
        "/endDate",
        "before-start"
      },
      {
        Map.of("contributionIds", List.of(UUID.randomUUID())),
        "/contributionIds/0",
        "unknown-reference"
      },
      {
        Map.of("contributionIds", List.of(s.istanzaId(), s.istanzaId())),
        "/contributionIds/1",
        "not-allowed"
      },
      {
        Map.of("resources", Map.of("amount", "-5", "currency", "EUR")),
        "resources.amount",
        "invalid-format"
      },
      {
        Map.of("findings", List.of(Map.of("surveyId", UUID.randomUUID(), "questionKey", "q1"))),
        "/findings/0/surveyId",
        "unknown-reference"
      },
    };
    for (Object[] c : cases) {
      @SuppressWarnings("unchecked")
      Map<String, Object> extra = (Map<String, Object>) c[0];
      as(office)
          .body(objectiveBody(s, extra))
          .post(url)
          .then()
          .statusCode(400)
          .body("type", equalTo(PROBLEM + "invalid-input"))
          .body("errors[0].pointer", containsString(((String) c[1]).replace("resources.", "")))
          .body("errors[0].code", equalTo(c[2]));
    }
    // Another ambito's plan office may read but not write.
    as(Tokens.consortium(CREMASCO))
        .body(objectiveBody(s, Map.of()))
        .post(url)
        .then()
        .statusCode(403)
        .body("type", equalTo(PROBLEM + "not-your-district"));
  }

  @Test
  void aDraftPlansObjectivesStayInsideTheAmbito() {
    List<String> areas = policyAreaIds(1);
    Map<String, Object> plan = createPlan(office, OGLIO_PO, areas);
    Object id =
        as(office)
            .body(Map.of("policyAreaId", areas.get(0), "title", "Bozza"))
            .post("/api/v1/plans/" + plan.get("id") + "/objectives")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    anonymous()
        .get("/api/v1/objectives/" + id)
        .then()
        .statusCode(404)
        .body("type", equalTo(PROBLEM + "objective-not-found"));
    as(Tokens.withRole("asst", OGLIO_PO)).get("/api/v1/objectives/" + id).then().statusCode(200);
  }

  @Test
  void updatesNeedTheCurrentVersion() {
    Setup s = setup();
    Map<String, Object> o = create(s, Map.of());
    Map<String, Object> body = objectiveBody(s, Map.of("status", "IN_PROGRESS", "version", 0));
    as(office)
        .body(body)
        .put("/api/v1/objectives/" + o.get("id"))
        .then()
        .statusCode(200)
        .body("status", equalTo("IN_PROGRESS"))
        .body("version", equalTo(1));
    as(office)
        .body(body)
        .put("/api/v1/objectives/" + o.get("id"))
        .then()
        .statusCode(409)
        .body("type", equalTo(PROBLEM + "stale-version"));
  }

  @Test
  void measurementsAreYearlyAndProgressIsComputed() {
    Setup s = setup();
    int y = s.year();
    Map<String, Object> o = create(s, Map.of());
    Map<String, Object> ind = indicator(o.get("id"), 100, 150, y);
    String url = "/api/v1/indicators/" + ind.get("id") + "/measurements/";
    as(office)
        .body(Map.of("value", 110))
        .put(url + y)
        .then()
        .statusCode(200)
        .body("version", equalTo(0));
    as(office)
        .body(Map.of("value", 140.5, "note", "Provvisorio"))
        .put(url + (y + 1))
        .then()
        .statusCode(200);
    // A correction without the current version would overwrite someone else's value.
    as(office)
        .body(Map.of("value", 141))
        .put(url + (y + 1))
        .then()
        .statusCode(409)
        .body("type", equalTo(PROBLEM + "stale-version"));
    as(office)
        .body(Map.of("value", 130, "version", 0))
        .put(url + (y + 1))
        .then()
        .statusCode(200)
        .body("value", equalTo(130))
        .body("version", equalTo(1));
    // From the baseline year to the target year + 1 (the last year of monitoring).
    as(office)
        .body(Map.of("value", 1))
        .put(url + (y - 1))
        .then()
        .statusCode(400)
        .body("errors[0].pointer", equalTo("year"))
        .body("errors[0].code", equalTo("out-of-range"));
    as(office).body(Map.of("value", 160)).put(url + (y + 3)).then().statusCode(200);
    as(office).delete(url + (y + 3)).then().statusCode(204);
    as(office)
        .delete(url + (y + 3))
        .then()
        .statusCode(404)
        .body("type", equalTo(PROBLEM + "measurement-not-found"));

    anonymous()
        .get("/api/v1/objectives/" + o.get("id"))
        .then()
        .statusCode(200)
        .body("indicators", hasSize(1))
        .body("indicators[0].measurements.year", equalTo(List.of(y, y + 1)))
        .body("indicators[0].progress.basis", equalTo("BASELINE_TO_TARGET"))
        .body("indicators[0].progress.latestYear", equalTo(y + 1))
        .body("indicators[0].progress.percent", equalTo(60))
        .body("indicators[0].progress.ratio", equalTo(0.6f));

    // Narrowing the indicator's years may not strand recorded values.
    Map<String, Object> update = new HashMap<>();
    update.put("name", "Anziani seguiti");
    update.put("unit", "persone");
    update.put("baselineValue", 100);
    update.put("baselineYear", y + 1);
    update.put("targetValue", 150);
    update.put("targetYear", y + 2);
    update.put("frequency", "YEARLY");
    update.put("version", 0);
    as(office)
        .body(update)
        .put("/api/v1/indicators/" + ind.get("id"))
        .then()
        .statusCode(409)
        .body("type", equalTo(PROBLEM + "measurements-out-of-range"));
    update.put("baselineYear", y);
    update.put("targetYear", y - 1);
    as(office)
        .body(update)
        .put("/api/v1/indicators/" + ind.get("id"))
        .then()
        .statusCode(400)
        .body("errors[0].pointer", equalTo("/targetYear"));
  }

  @Test
  void aTargetEqualToTheBaselineIsExplained() {
    Setup s = setup();
    Map<String, Object> o = create(s, Map.of());
    Map<String, Object> ind = indicator(o.get("id"), 12, 12, s.year());
    as(office)
        .body(Map.of("value", 12))
        .put("/api/v1/indicators/" + ind.get("id") + "/measurements/" + s.year())
        .then()
        .statusCode(200);
    anonymous()
        .get("/api/v1/indicators/" + ind.get("id"))
        .then()
        .statusCode(200)
        .body("progress.basis", equalTo("TARGET_EQUALS_BASELINE"))
        .body("progress.percent", equalTo(100));
  }

  @Test
  void deletingAnObjectiveTakesItsIndicators() {
    Setup s = setup();
    Map<String, Object> o = create(s, Map.of());
    Map<String, Object> ind = indicator(o.get("id"), 1, 2, s.year());
    as(office)
        .body(Map.of("value", 1))
        .put("/api/v1/indicators/" + ind.get("id") + "/measurements/" + s.year())
        .then()
        .statusCode(200);
    as(office).delete("/api/v1/objectives/" + o.get("id")).then().statusCode(204);
    anonymous()
        .get("/api/v1/indicators/" + ind.get("id"))
        .then()
        .statusCode(404)
        .body("type", equalTo(PROBLEM + "indicator-not-found"));
    anonymous().get("/api/v1/objectives/" + o.get("id")).then().statusCode(404);
  }

  UUID survey(Object planId) {
    UUID id = UUID.randomUUID();
    String definition =
        "{\"sections\":[{\"key\":\"bisogni\",\"title\":\"Bisogni\",\"questions\":["
            + "{\"key\":\"livello_bisogno\",\"type\":\"MATRIX\",\"title\":\"Livello di bisogno\","
            + "\"required\":false,\"options\":[{\"key\":\"alto\",\"label\":\"Alto\"}],"
            + "\"rows\":[{\"key\":\"anziani\",\"label\":\"Anziani\"}]},"
            + "{\"key\":\"note\",\"type\":\"LONG_TEXT\",\"title\":\"Note\",\"required\":false}]}]}";
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                db.createNativeQuery(
                        "insert into surveys (id, plan_id, district_id, title, status, deadline,"
                            + " definition, published_at) values (?1, ?2, ?3, 'Scheda', 'PUBLISHED',"
                            + " now(), cast(?4 as jsonb), now())")
                    .setParameter(1, id)
                    .setParameter(2, UUID.fromString(planId.toString()))
                    .setParameter(3, OGLIO_PO)
                    .setParameter(4, definition)
                    .executeUpdate());
    return id;
  }

  @Test
  void anObjectiveCitesSurveyFindingsOfItsPlan() {
    Setup s = setup();
    UUID survey = survey(s.planId());
    String url = "/api/v1/plans/" + s.planId() + "/objectives";
    as(office)
        .body(
            objectiveBody(
                s,
                Map.of("findings", List.of(Map.of("surveyId", survey, "questionKey", "nessuna")))))
        .post(url)
        .then()
        .statusCode(400)
        .body("errors[0].pointer", equalTo("/findings/0/questionKey"));
    as(office)
        .body(
            objectiveBody(
                s,
                Map.of(
                    "findings",
                    List.of(
                        Map.of("surveyId", survey, "questionKey", "note", "rowKey", "anziani")))))
        .post(url)
        .then()
        .statusCode(400)
        .body("errors[0].pointer", equalTo("/findings/0/rowKey"));
    // A survey of another plan of the ambito cannot be cited.
    Map<String, Object> other = createPlan(office, OGLIO_PO, s.areas().subList(0, 1));
    UUID foreign = survey(other.get("id"));
    as(office)
        .body(
            objectiveBody(
                s, Map.of("findings", List.of(Map.of("surveyId", foreign, "questionKey", "note")))))
        .post(url)
        .then()
        .statusCode(400)
        .body("errors[0].pointer", equalTo("/findings/0/surveyId"))
        .body("errors[0].code", equalTo("not-allowed"));

    Map<String, Object> o =
        create(
            s,
            Map.of(
                "findings",
                List.of(
                    Map.of(
                        "surveyId", survey, "questionKey", "livello_bisogno", "rowKey", "anziani"),
                    Map.of("surveyId", survey, "questionKey", "note"))));
    assertThat(o.get("findings").toString()).contains("Livello di bisogno — Anziani");
    anonymous()
        .get("/api/v1/surveys/" + survey + "/objectives?questionKey=livello_bisogno")
        .then()
        .statusCode(200)
        .body("total", equalTo(1))
        .body("items[0].id", equalTo(o.get("id")));
    anonymous().get("/api/v1/surveys/" + survey + "/objectives").then().body("total", equalTo(1));
    anonymous()
        .get("/api/v1/surveys/" + survey + "/objectives?questionKey=altro")
        .then()
        .body("total", equalTo(0));
    anonymous()
        .get("/api/v1/surveys/" + UUID.randomUUID() + "/objectives")
        .then()
        .statusCode(404)
        .body("type", equalTo(PROBLEM + "survey-not-found"));
  }

  @Test
  void thePlanDocumentChapterListsObjectivesIndicatorsAndIstanze() {
    Setup s = setup();
    assertThat(chapters.chapter(UUID.fromString(s.planId().toString()), Locale.ITALIAN)).isEmpty();
    Map<String, Object> o =
        create(
            s,
            Map.of(
                "actions", List.of("Mappare i bisogni"),
                "resources", Map.of("amount", "125000", "currency", "EUR"),
                "contributionIds", List.of(s.istanzaId())));
    Map<String, Object> ind = indicator(o.get("id"), 100, 150, s.year());
    as(office)
        .body(Map.of("value", 125))
        .put("/api/v1/indicators/" + ind.get("id") + "/measurements/" + s.year())
        .then()
        .statusCode(200);
    ReportChapter chapter =
        chapters.chapter(UUID.fromString(s.planId().toString()), Locale.ITALIAN).orElseThrow();
    assertThat(chapter.title()).isEqualTo("Obiettivi e indicatori");
    assertThat(chapter.blocks())
        .anySatisfy(b -> assertThat(b).isInstanceOf(ReportBlock.BulletList.class));
    ReportBlock.DataTable table =
        chapter.blocks().stream()
            .filter(ReportBlock.DataTable.class::isInstance)
            .map(ReportBlock.DataTable.class::cast)
            .findFirst()
            .orElseThrow();
    assertThat(table.rows().get(0))
        .containsExactly(
            "Anziani seguiti a domicilio",
            "persone",
            "100 (" + s.year() + ")",
            "150 (" + (s.year() + 2) + ")",
            "125 (" + s.year() + ")",
            "50,0%");
    assertThat(table.source()).isEqualTo("Ufficio di Piano");
    assertThat(chapter.blocks().toString()).contains("IST-001").contains("125.000,00");
  }
}
