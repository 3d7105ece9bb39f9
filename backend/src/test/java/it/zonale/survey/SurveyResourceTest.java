package it.zonale.survey;

import static it.zonale.support.Tokens.CREMASCO;
import static it.zonale.support.Tokens.OGLIO_PO;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import it.zonale.support.ApiTest;
import it.zonale.support.Tokens;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SurveyResourceTest extends ApiTest {
  final String office = Tokens.consortium(OGLIO_PO);

  /** A definition like annex B: a matrix of need levels, a rating, a choice and a number. */
  static Map<String, Object> definition(String areaId, Object tableId) {
    Map<String, Object> matrix = new HashMap<>();
    matrix.put("key", "bisogni");
    matrix.put("type", "MATRIX");
    matrix.put("title", "Livello di bisogno per area");
    matrix.put("required", true);
    matrix.put(
        "options",
        List.of(
            Map.of("key", "basso", "label", "Basso", "value", 1),
            Map.of("key", "alto", "label", "Alto", "value", 4)));
    matrix.put(
        "rows",
        List.of(
            Map.of("key", "anziani", "label", "Anziani", "policyAreaId", areaId),
            Map.of("key", "minori", "label", "Minori")));
    Map<String, Object> rating = new HashMap<>();
    rating.put("key", "collaborazione");
    rating.put("type", "RATING");
    rating.put("title", "Collaborazione con l'ambito");
    rating.put("min", 1);
    rating.put("max", 5);
    rating.put("minLabel", "Scarsa");
    rating.put("maxLabel", "Ottima");
    Map<String, Object> number = new HashMap<>();
    number.put("key", "volontari");
    number.put("type", "NUMBER");
    number.put("title", "Volontari");
    number.put("unit", "persone");
    number.put("min", 0);
    number.put("tableId", tableId);
    return Map.of(
        "sections",
        List.of(
            Map.of(
                "key",
                "ente",
                "title",
                "Profilo dell'ente",
                "questions",
                List.of(
                    Map.of("key", "nome", "type", "SHORT_TEXT", "title", "Ente", "required", true),
                    number)),
            Map.of(
                "key",
                "bisogni_sezione",
                "title",
                "Bisogni",
                "questions",
                List.of(matrix, rating))));
  }

  static Map<String, Object> create(String title, Object definition) {
    Map<String, Object> body = new HashMap<>();
    body.put("title", title);
    body.put("description", "Scheda di rilevazione (allegato B)");
    if (definition != null) {
      body.put("definition", definition);
    }
    return body;
  }

  static Map<String, Object> update(
      Map<String, Object> survey, Object deadline, Object definition) {
    Map<String, Object> body = new HashMap<>();
    body.put("title", survey.get("title"));
    body.put("description", survey.get("description"));
    body.put("deadline", deadline);
    body.put("definition", definition);
    body.put("version", survey.get("version"));
    return body;
  }

  Map<String, Object> draft(Object planId, Object definition) {
    return as(office)
        .body(create("Scheda di rilevazione", definition))
        .post("/api/v1/plans/" + planId + "/surveys")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getMap("");
  }

  Map<String, Object> published(Object planId, Object definition) {
    var survey = draft(planId, definition);
    return as(office)
        .body(Map.of("deadline", daysFromNow(20), "version", survey.get("version")))
        .post("/api/v1/surveys/" + survey.get("id") + "/publish")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getMap("");
  }

  @Test
  void theOfficeBuildsPublishesAndClosesASurvey() {
    List<String> areas = policyAreaIds(2);
    var plan = publish(office, createPlan(office, OGLIO_PO, areas));
    var table = createTable(office, plan.get("id"), areas);
    Map<String, Object> survey =
        as(office)
            .body(create("Scheda di rilevazione 2021", null))
            .post("/api/v1/plans/" + plan.get("id") + "/surveys")
            .then()
            .statusCode(201)
            .header("Location", containsString("/api/v1/surveys/"))
            .body("status", equalTo("DRAFT"))
            .body("definition.sections", equalTo(List.of()))
            .extract()
            .jsonPath()
            .getMap("");
    String url = "/api/v1/surveys/" + survey.get("id");
    // An empty survey cannot be published.
    as(office)
        .body(Map.of("deadline", daysFromNow(10), "version", survey.get("version")))
        .post(url + "/publish")
        .then()
        .statusCode(422)
        .body("type", equalTo(PROBLEM + "survey-without-questions"));
    survey =
        as(office)
            .body(update(survey, null, definition(areas.get(0), table.get("id"))))
            .put(url)
            .then()
            .statusCode(200)
            .body("definition.sections[1].questions[0].rows[0].policyAreaId", equalTo(areas.get(0)))
            .body("definition.sections[0].questions[1].tableId", equalTo(table.get("id")))
            .extract()
            .jsonPath()
            .getMap("");
    // A deadline in the past is refused.
    as(office)
        .body(Map.of("deadline", daysFromNow(-1), "version", survey.get("version")))
        .post(url + "/publish")
        .then()
        .statusCode(400)
        .body("errors[0].pointer", equalTo("/deadline"))
        .body("errors[0].code", equalTo("out-of-range"));
    survey =
        as(office)
            .body(Map.of("deadline", daysFromNow(10), "version", survey.get("version")))
            .post(url + "/publish")
            .then()
            .statusCode(200)
            .body("status", equalTo("PUBLISHED"))
            .body("publishedAt", notNullValue())
            .extract()
            .jsonPath()
            .getMap("");
    // Once published, the questions are locked, the title and deadline are not.
    as(office)
        .body(update(survey, survey.get("deadline"), definition(areas.get(1), null)))
        .put(url)
        .then()
        .statusCode(409)
        .body("type", equalTo(PROBLEM + "survey-definition-locked"));
    Map<String, Object> retitled = new HashMap<>(survey);
    retitled.put("title", "Scheda di rilevazione dei bisogni 2021");
    survey =
        as(office)
            .body(update(retitled, daysFromNow(15), survey.get("definition")))
            .put(url)
            .then()
            .statusCode(200)
            .body("title", equalTo("Scheda di rilevazione dei bisogni 2021"))
            .extract()
            .jsonPath()
            .getMap("");
    as(office)
        .body(update(survey, daysFromNow(-2), survey.get("definition")))
        .put(url)
        .then()
        .statusCode(400)
        .body("errors[0].pointer", equalTo("/deadline"));
    // A published survey is not deleted, it is closed.
    as(office)
        .delete(url)
        .then()
        .statusCode(422)
        .body("type", equalTo(PROBLEM + "survey-not-draft"));
    as(office)
        .body(Map.of("version", survey.get("version")))
        .post(url + "/close")
        .then()
        .statusCode(200)
        .body("status", equalTo("CLOSED"))
        .body("closedAt", notNullValue());
    as(office)
        .body(Map.of("version", ((Number) survey.get("version")).longValue() + 1))
        .post(url + "/close")
        .then()
        .statusCode(422)
        .body("type", equalTo(PROBLEM + "survey-not-published"));
  }

  @Test
  void aStaleVersionIsRefused() {
    List<String> areas = policyAreaIds(1);
    var plan = createPlan(office, OGLIO_PO, areas);
    var survey = draft(plan.get("id"), null);
    String url = "/api/v1/surveys/" + survey.get("id");
    as(office)
        .body(update(survey, null, definition(areas.get(0), null)))
        .put(url)
        .then()
        .statusCode(200)
        .body("version", equalTo(1));
    as(office)
        .body(update(survey, null, Map.of("sections", List.of())))
        .put(url)
        .then()
        .statusCode(409)
        .body("type", equalTo(PROBLEM + "stale-version"));
    as(office)
        .body(Map.of("deadline", daysFromNow(5), "version", 0))
        .post(url + "/publish")
        .then()
        .statusCode(409)
        .body("type", equalTo(PROBLEM + "stale-version"));
  }

  @Test
  void everyMistakeOfTheDefinitionHasItsPointer() {
    List<String> areas = policyAreaIds(3);
    var plan = createPlan(office, OGLIO_PO, areas.subList(0, 2));
    var otherPlan = createPlan(office, OGLIO_PO, areas);
    var foreignTable = createTable(office, otherPlan.get("id"), areas);
    Map<String, Object> choice = new HashMap<>();
    choice.put("key", "nome");
    choice.put("type", "SINGLE_CHOICE");
    choice.put("title", "Forma giuridica");
    choice.put("options", List.of(Map.of("key", "odv", "label", "ODV")));
    choice.put("unit", "persone");
    Map<String, Object> matrix = new HashMap<>();
    matrix.put("key", "bisogni");
    matrix.put("type", "MATRIX");
    matrix.put("title", "Bisogni");
    matrix.put(
        "options",
        List.of(Map.of("key", "a", "label", "A"), Map.of("key", "a", "label", "Ancora A")));
    matrix.put("rows", List.of());
    matrix.put("policyAreaId", areas.get(2));
    Map<String, Object> number = new HashMap<>();
    number.put("key", "utenti");
    number.put("type", "NUMBER");
    number.put("title", "Utenti");
    number.put("min", 10);
    number.put("max", 5);
    number.put("tableId", foreignTable.get("id"));
    Map<String, Object> rating = new HashMap<>();
    rating.put("key", "voto");
    rating.put("type", "RATING");
    rating.put("title", "Voto");
    rating.put("min", 1);
    rating.put("max", 20);
    Map<String, Object> text = new HashMap<>();
    text.put("key", "testo");
    text.put("type", "LONG_TEXT");
    text.put("title", "Proposte");
    text.put("rows", List.of(Map.of("key", "r", "label", "R")));
    var definition =
        Map.of(
            "sections",
            List.of(
                Map.of(
                    "key",
                    "nome",
                    "title",
                    "Ente",
                    "questions",
                    List.of(choice, matrix, number, rating, text))));
    String q = "/definition/sections/0/questions/";
    as(office)
        .body(create("Scheda", definition))
        .post("/api/v1/plans/" + plan.get("id") + "/surveys")
        .then()
        .statusCode(400)
        .body("type", equalTo(PROBLEM + "invalid-input"))
        .body(
            "errors.pointer",
            containsInAnyOrder(
                q + "0/key",
                q + "0/options",
                q + "0/unit",
                q + "1/options/1/key",
                q + "1/rows",
                q + "1/policyAreaId",
                q + "2/max",
                q + "2/tableId",
                q + "3/max",
                q + "4/rows"))
        .body("errors.find { it.pointer == '" + q + "0/options' }.code", equalTo("too-short"))
        .body(
            "errors.find { it.pointer == '" + q + "2/tableId' }.code", equalTo("unknown-reference"))
        .body("errors.find { it.pointer == '" + q + "3/max' }.code", equalTo("out-of-range"));
    // Bean Validation speaks in pointers too: a bad key, a missing title.
    var badKey =
        Map.of(
            "sections", List.of(Map.of("key", "Sezione 1", "title", "", "questions", List.of())));
    as(office)
        .body(create("Scheda", badKey))
        .post("/api/v1/plans/" + plan.get("id") + "/surveys")
        .then()
        .statusCode(400)
        .body("errors.pointer", hasItem("/definition/sections/0/key"))
        .body("errors.pointer", hasItem("/definition/sections/0/title"));
  }

  @Test
  void aSurveyIsCopiedFromAPreviousPlanOfTheSameAmbitoOnly() {
    List<String> areas = policyAreaIds(2);
    var previous = publish(office, createPlan(office, OGLIO_PO, areas));
    var table = createTable(office, previous.get("id"), areas);
    var source = published(previous.get("id"), definition(areas.get(1), table.get("id")));
    var next = createPlan(office, OGLIO_PO, areas.subList(0, 1));
    Map<String, Object> body = create("Scheda 2024", null);
    body.put("copyFromSurveyId", source.get("id"));
    as(office)
        .body(body)
        .post("/api/v1/plans/" + next.get("id") + "/surveys")
        .then()
        .statusCode(201)
        .body("status", equalTo("DRAFT"))
        .body("copiedFromId", equalTo(source.get("id")))
        .body("definition.sections[1].questions[0].key", equalTo("bisogni"))
        // Tables belong to the previous plan; an area this plan lacks is dropped.
        .body("definition.sections[0].questions[1].tableId", nullValue())
        .body("definition.sections[1].questions[0].rows[0].policyAreaId", nullValue());
    // Not from this same plan, not from a draft, not from another ambito.
    body.put("copyFromSurveyId", source.get("id"));
    as(office)
        .body(body)
        .post("/api/v1/plans/" + previous.get("id") + "/surveys")
        .then()
        .statusCode(400)
        .body("errors[0].pointer", equalTo("/copyFromSurveyId"))
        .body("errors[0].code", equalTo("not-allowed"));
    var draftSource = draft(previous.get("id"), null);
    body.put("copyFromSurveyId", draftSource.get("id"));
    as(office)
        .body(body)
        .post("/api/v1/plans/" + next.get("id") + "/surveys")
        .then()
        .statusCode(400)
        .body("errors[0].code", equalTo("not-allowed"));
    String cremasco = Tokens.consortium(CREMASCO);
    var cremascoPlan = createPlan(cremasco, CREMASCO, areas);
    body.put("copyFromSurveyId", source.get("id"));
    as(cremasco)
        .body(body)
        .post("/api/v1/plans/" + cremascoPlan.get("id") + "/surveys")
        .then()
        .statusCode(400)
        .body("errors[0].pointer", equalTo("/copyFromSurveyId"))
        .body("errors[0].code", equalTo("unknown-reference"));
    body.put("copyFromSurveyId", UUID.randomUUID());
    as(office)
        .body(body)
        .post("/api/v1/plans/" + next.get("id") + "/surveys")
        .then()
        .statusCode(400)
        .body("errors[0].code", equalTo("unknown-reference"));
  }

  @Test
  void draftsAreSeenOnlyByThePlanOffice() {
    List<String> areas = policyAreaIds(1);
    var plan = publish(office, createPlan(office, OGLIO_PO, areas));
    var draft = draft(plan.get("id"), definition(areas.get(0), null));
    var open = published(plan.get("id"), definition(areas.get(0), null));
    String planSurveys = "/api/v1/plans/" + plan.get("id") + "/surveys";
    as(office)
        .get(planSurveys)
        .then()
        .statusCode(200)
        .body("total", equalTo(2))
        .body("items.id", containsInAnyOrder(draft.get("id"), open.get("id")));
    for (var reader :
        List.of(
            anonymous(), as(Tokens.consortium(CREMASCO)), as(Tokens.withRole("ets", OGLIO_PO)))) {
      reader
          .get(planSurveys)
          .then()
          .statusCode(200)
          .body("total", equalTo(1))
          .body("items.id", not(hasItem(draft.get("id"))));
    }
    anonymous().get("/api/v1/surveys/" + draft.get("id")).then().statusCode(404);
    as(Tokens.consortium(CREMASCO))
        .get("/api/v1/surveys/" + draft.get("id"))
        .then()
        .statusCode(404)
        .body("type", equalTo(PROBLEM + "survey-not-found"));
    anonymous()
        .get("/api/v1/surveys/" + open.get("id"))
        .then()
        .statusCode(200)
        .body("definition.sections[1].questions[0].type", equalTo("MATRIX"));
    // Another ambito's office may not touch it.
    as(Tokens.consortium(CREMASCO))
        .delete("/api/v1/surveys/" + draft.get("id"))
        .then()
        .statusCode(404);
    as(office).delete("/api/v1/surveys/" + draft.get("id")).then().statusCode(204);
    as(office).get("/api/v1/surveys/" + draft.get("id")).then().statusCode(404);
  }
}
