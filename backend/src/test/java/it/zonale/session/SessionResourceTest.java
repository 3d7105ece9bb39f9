package it.zonale.session;

import static it.zonale.support.Tokens.CREMASCO;
import static it.zonale.support.Tokens.OGLIO_PO;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import it.zonale.support.ApiTest;
import it.zonale.support.Tokens;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SessionResourceTest extends ApiTest {
  final String office = Tokens.consortium(OGLIO_PO);

  Map<String, Object> schedule(Object planId, Object tableId, String start, String end) {
    Map<String, Object> body =
        new java.util.HashMap<>(
            Map.of(
                "kind",
                tableId == null ? "PLENARY" : "TABLE",
                "title",
                "Incontro " + start,
                "startsAt",
                start,
                "endsAt",
                end,
                "mode",
                "HYBRID",
                "place",
                "Sede Consorzio, Casalmaggiore",
                "onlineUrl",
                "https://meet.example.org/x",
                "agenda",
                List.of(Map.of("title", "Lettura dei bisogni", "notes", "Dati di contesto"))));
    if (tableId != null) {
      body.put("tableId", tableId);
    }
    return as(office)
        .body(body)
        .post("/api/v1/plans/" + planId + "/sessions")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getMap("");
  }

  @Test
  void sessionTimesAreStoredAsInstantsAndShownInRomeAcrossDaylightSaving() {
    var plan = publish(office, createPlan(office, OGLIO_PO, policyAreaIds(2)));
    int year = (int) plan.get("startYear");
    // Sent in UTC; 29 Sept is summer time (+02:00), 29 Nov winter time (+01:00).
    var autumn =
        schedule(plan.get("id"), null, year + "-09-29T14:30:00Z", year + "-09-29T16:30:00Z");
    var winter =
        schedule(plan.get("id"), null, year + "-11-29T15:30:00Z", year + "-11-29T17:30:00Z");
    anonymous()
        .get("/api/v1/sessions/" + autumn.get("id"))
        .then()
        .statusCode(200)
        .body("startsAt", equalTo(year + "-09-29T16:30:00+02:00"))
        .body("timeZone", equalTo("Europe/Rome"))
        .body("agenda[0].title", equalTo("Lettura dei bisogni"));
    anonymous()
        .get("/api/v1/sessions/" + winter.get("id"))
        .then()
        .body("startsAt", equalTo(year + "-11-29T16:30:00+01:00"));
  }

  @Test
  void calendarFiltersByDateRangeTableAndStatusAndSorts() {
    List<String> areas = policyAreaIds(2);
    var plan = publish(office, createPlan(office, OGLIO_PO, areas));
    int y = (int) plan.get("startYear");
    var table = createTable(office, plan.get("id"), areas);
    var first =
        schedule(
            plan.get("id"),
            table.get("id"),
            y + "-09-29T16:30:00+02:00",
            y + "-09-29T18:30:00+02:00");
    var second =
        schedule(
            plan.get("id"),
            table.get("id"),
            y + "-10-25T16:30:00+02:00",
            y + "-10-25T18:30:00+02:00");
    var plenary =
        schedule(plan.get("id"), null, y + "-11-10T09:00:00+01:00", y + "-11-10T12:00:00+01:00");
    String url = "/api/v1/plans/" + plan.get("id") + "/sessions";
    anonymous()
        .get(url)
        .then()
        .statusCode(200)
        .body("total", equalTo(3))
        .body("items.id", contains(first.get("id"), second.get("id"), plenary.get("id")));
    anonymous()
        .get(url + "?sort=-startsAt")
        .then()
        .body("items.id", contains(plenary.get("id"), second.get("id"), first.get("id")));
    anonymous()
        .queryParam("from", y + "-10-01T00:00:00+02:00")
        .queryParam("to", y + "-11-01T00:00:00+01:00")
        .get(url)
        .then()
        .body("items.id", contains(second.get("id")));
    anonymous().get(url + "?tableId=" + table.get("id")).then().body("total", equalTo(2));
    anonymous().get(url + "?kind=PLENARY").then().body("items.id", contains(plenary.get("id")));
    as(office)
        .body(
            Map.of(
                "status",
                "CANCELLED",
                "reason",
                "Maltempo: allerta meteo",
                "version",
                second.get("version")))
        .put("/api/v1/sessions/" + second.get("id") + "/status")
        .then()
        .statusCode(200);
    anonymous().get(url + "?status=SCHEDULED").then().body("total", equalTo(2));
  }

  @Test
  void statusMovesFromScheduledOnly() {
    var plan = publish(office, createPlan(office, OGLIO_PO, policyAreaIds(1)));
    var s =
        schedule(
            plan.get("id"),
            null,
            plan.get("startYear") + "-03-01T10:00:00+01:00",
            plan.get("startYear") + "-03-01T12:00:00+01:00");
    String url = "/api/v1/sessions/" + s.get("id") + "/status";
    startedAnHourAgo(s.get("id"));
    as(office)
        .body(Map.of("status", "HELD", "version", 0))
        .put(url)
        .then()
        .statusCode(200)
        .body("status", equalTo("HELD"));
    as(office)
        .body(Map.of("status", "CANCELLED", "reason", "Maltempo: allerta meteo", "version", 1))
        .put(url)
        .then()
        .statusCode(422)
        .body("type", equalTo(PROBLEM + "session-status-transition-not-allowed"));
    // a held incontro is part of the record: its details no longer change
    String title = as(office).get("/api/v1/sessions/" + s.get("id")).jsonPath().getString("title");
    as(office)
        .body(
            Map.of(
                "title",
                "Titolo cambiato dopo l'incontro",
                "startsAt",
                plan.get("startYear") + "-03-02T10:00:00+01:00",
                "endsAt",
                plan.get("startYear") + "-03-02T12:00:00+01:00",
                "mode",
                "IN_PERSON",
                "place",
                "Altrove",
                "agenda",
                List.of(),
                "version",
                1))
        .put("/api/v1/sessions/" + s.get("id"))
        .then()
        .statusCode(422)
        .body("type", equalTo(PROBLEM + "session-held"));
    as(office)
        .get("/api/v1/sessions/" + s.get("id"))
        .then()
        .body("title", equalTo(title))
        .body("status", equalTo("HELD"));
  }

  @Test
  void aTableSessionMustUseATableOfTheSamePlan() {
    List<String> areas = policyAreaIds(1);
    var plan = createPlan(office, OGLIO_PO, areas);
    var other = createPlan(office, OGLIO_PO, areas);
    var foreignTable = createTable(office, other.get("id"), areas);
    as(office)
        .body(
            Map.of(
                "kind",
                "TABLE",
                "tableId",
                foreignTable.get("id"),
                "title",
                "x",
                "startsAt",
                "2030-01-01T10:00:00Z",
                "endsAt",
                "2030-01-01T11:00:00Z",
                "mode",
                "ONLINE",
                "onlineUrl",
                "https://meet.example.org/x"))
        .post("/api/v1/plans/" + plan.get("id") + "/sessions")
        .then()
        .statusCode(400)
        .body("errors[0].pointer", equalTo("/tableId"))
        .body("errors[0].code", equalTo("not-allowed"));
  }

  @Test
  void onlyThePlanOfficeOfTheDistrictSchedules() {
    var plan = publish(office, createPlan(office, OGLIO_PO, policyAreaIds(1)));
    Map<String, Object> body =
        Map.of(
            "kind",
            "PLENARY",
            "title",
            "x",
            "startsAt",
            "2030-01-01T10:00:00Z",
            "endsAt",
            "2030-01-01T11:00:00Z",
            "mode",
            "ONLINE",
            "onlineUrl",
            "https://meet.example.org/x");
    String url = "/api/v1/plans/" + plan.get("id") + "/sessions";
    anonymous().body(body).post(url).then().statusCode(401);
    as(Tokens.withRole("ets", OGLIO_PO)).body(body).post(url).then().statusCode(403);
    as(Tokens.consortium(CREMASCO))
        .body(body)
        .post(url)
        .then()
        .statusCode(403)
        .body("type", equalTo(PROBLEM + "not-your-district"));
  }
}
