package it.zonale.calendar;

import static io.restassured.RestAssured.given;
import static it.zonale.support.Tokens.CREMASCO;
import static it.zonale.support.Tokens.OGLIO_PO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import it.zonale.support.ApiTest;
import it.zonale.support.Tokens;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtStart;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CalendarResourceTest extends ApiTest {
  final String office = Tokens.consortium(OGLIO_PO);

  static RequestSpecification ics() {
    return given().accept("text/calendar");
  }

  static RequestSpecification ics(String token) {
    return ics().header("Authorization", Tokens.bearer(token));
  }

  Map<String, Object> schedule(Object planId, Object tableId, String title, String start) {
    String end = start.replace("T16:30", "T18:30");
    Map<String, Object> body =
        new HashMap<>(
            Map.of(
                "kind",
                tableId == null ? "PLENARY" : "TABLE",
                "title",
                title,
                "startsAt",
                start,
                "endsAt",
                end,
                "mode",
                "HYBRID",
                "place",
                "Sede Consorzio, Casalmaggiore",
                "onlineUrl",
                "https://meet.example.org/tavolo",
                "agenda",
                List.of(
                    Map.of("title", "Lettura dei bisogni", "notes", "Dati di contesto"),
                    Map.of("title", "Proposte"))));
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

  static ParsedCalendar feed(Response response) {
    response.then().statusCode(200);
    return ParsedCalendar.of(response.asString());
  }

  @Test
  void sessionsKeepTheirRomeTimeOnBothSidesOfTheDaylightSavingChange() {
    var plan = publish(office, createPlan(office, OGLIO_PO, policyAreaIds(1)));
    // Summer time starts on Sunday 29 March 2026: Friday 27 is +01:00, Monday 30 is +02:00.
    var before = schedule(plan.get("id"), null, "Prima", "2026-03-27T16:30:00+01:00");
    var after = schedule(plan.get("id"), null, "Dopo", "2026-03-30T16:30:00+02:00");

    ParsedCalendar calendar = feed(ics().get("/api/v1/plans/" + plan.get("id") + "/calendar"));

    assertThat(calendar.text())
        .contains("DTSTART;TZID=Europe/Rome:20260327T163000\r\n")
        .contains("DTSTART;TZID=Europe/Rome:20260330T163000\r\n")
        .contains("DTEND;TZID=Europe/Rome:20260330T183000\r\n");
    assertThat(calendar.calendar().<VTimeZone>getComponents(Component.VTIMEZONE))
        .extracting(tz -> ParsedCalendar.value(tz, Property.TZID))
        .containsExactly("Europe/Rome");
    assertStart(calendar.event(before.get("id")), "2026-03-27T15:30:00Z");
    assertStart(calendar.event(after.get("id")), "2026-03-30T14:30:00Z");
  }

  private static void assertStart(VEvent event, String utc) {
    DtStart<?> start = event.getRequiredProperty(Property.DTSTART);
    assertThat(start.getParameter(Parameter.TZID).map(Parameter::getValue)).hasValue("Europe/Rome");
    ZonedDateTime local = (ZonedDateTime) start.getDate();
    assertThat(local.toLocalTime()).isEqualTo(LocalTime.of(16, 30));
    assertThat(local.toInstant()).isEqualTo(Instant.parse(utc));
  }

  @Test
  void planFeedDescribesEverySessionAsAnEvent() {
    var plan = publish(office, createPlan(office, OGLIO_PO, policyAreaIds(1)));
    var session = schedule(plan.get("id"), null, "Plenaria di avvio", "2026-09-29T16:30:00+02:00");

    Response response = ics().get("/api/v1/plans/" + plan.get("id") + "/calendar");
    response
        .then()
        .statusCode(200)
        .header("Content-Type", startsWith("text/calendar"))
        .header("Content-Type", containsStringIgnoringCase("charset=utf-8"))
        .header(
            "Content-Disposition", equalTo("inline; filename=\"plan-" + plan.get("id") + ".ics\""))
        .header("Cache-Control", equalTo("public, max-age=300"))
        .header("X-Content-Type-Options", equalTo("nosniff"));
    ParsedCalendar calendar = ParsedCalendar.of(response.asString());

    assertThat(calendar.property(Property.PRODID)).isEqualTo("-//Zonale//Piano di Zona//IT");
    assertThat(calendar.property(Property.VERSION)).isEqualTo("2.0");
    assertThat(calendar.property(Property.METHOD)).isEqualTo("PUBLISH");
    assertThat(calendar.property("X-WR-CALNAME")).isEqualTo(plan.get("title"));
    VEvent event = calendar.event(session.get("id"));
    assertThat(event.validate().hasErrors()).as("RFC 5545 rules of VEVENT").isFalse();
    assertThat(ParsedCalendar.value(event, Property.SUMMARY)).isEqualTo("Plenaria di avvio");
    assertThat(ParsedCalendar.value(event, Property.LOCATION))
        .isEqualTo("Sede Consorzio, Casalmaggiore \u2014 https://meet.example.org/tavolo");
    assertThat(ParsedCalendar.value(event, Property.URL))
        .isEqualTo("https://meet.example.org/tavolo");
    assertThat(ParsedCalendar.value(event, Property.DESCRIPTION))
        .isEqualTo("Lettura dei bisogni: Dati di contesto\nProposte");
    assertThat(ParsedCalendar.value(event, Property.STATUS)).isEqualTo("CONFIRMED");
    assertThat(ParsedCalendar.value(event, Property.SEQUENCE)).isEqualTo("0");
    assertThat(ParsedCalendar.value(event, Property.DTSTAMP)).matches("\\d{8}T\\d{6}Z");
    assertThat(ParsedCalendar.value(event, Property.LAST_MODIFIED)).matches("\\d{8}T\\d{6}Z");
  }

  @Test
  void cancelledSessionsStayInTheFeedAsCancelledWithANewSequence() {
    var plan = publish(office, createPlan(office, OGLIO_PO, policyAreaIds(1)));
    var kept = schedule(plan.get("id"), null, "Confermato", "2026-10-25T16:30:00+01:00");
    var cancelled = schedule(plan.get("id"), null, "Annullato", "2026-10-26T16:30:00+01:00");
    as(office)
        .body(
            Map.of(
                "status",
                "CANCELLED",
                "reason",
                "Maltempo: allerta meteo",
                "version",
                cancelled.get("version")))
        .put("/api/v1/sessions/" + cancelled.get("id") + "/status")
        .then()
        .statusCode(200);

    ParsedCalendar planFeed = feed(ics().get("/api/v1/plans/" + plan.get("id") + "/calendar"));
    ParsedCalendar one = feed(ics().get("/api/v1/sessions/" + cancelled.get("id") + "/calendar"));

    assertThat(planFeed.uids())
        .containsExactly(kept.get("id") + "@zonale", cancelled.get("id") + "@zonale");
    assertThat(ParsedCalendar.value(planFeed.event(kept.get("id")), Property.STATUS))
        .isEqualTo("CONFIRMED");
    for (ParsedCalendar calendar : List.of(planFeed, one)) {
      VEvent event = calendar.event(cancelled.get("id"));
      assertThat(ParsedCalendar.value(event, Property.STATUS)).isEqualTo("CANCELLED");
      assertThat(ParsedCalendar.value(event, Property.SEQUENCE)).isEqualTo("1");
      assertThat(ParsedCalendar.value(event, Property.DESCRIPTION))
          .contains("Maltempo: allerta meteo");
    }
    assertThat(one.property("X-WR-CALNAME")).isEqualTo("Annullato");
    anonymous()
        .get("/api/v1/sessions/" + cancelled.get("id"))
        .then()
        .statusCode(200)
        .body("cancellationReason", org.hamcrest.Matchers.equalTo("Maltempo: allerta meteo"));
  }

  @Test
  void tableFeedListsOnlyThatTablesSessions() {
    List<String> areas = policyAreaIds(1);
    var plan = publish(office, createPlan(office, OGLIO_PO, areas));
    var table = createTable(office, plan.get("id"), areas);
    var meeting = schedule(plan.get("id"), table.get("id"), "Tavolo", "2026-09-30T16:30:00+02:00");
    schedule(plan.get("id"), null, "Plenaria", "2026-10-01T16:30:00+02:00");

    Response response = ics().get("/api/v1/tables/" + table.get("id") + "/calendar");
    response
        .then()
        .header(
            "Content-Disposition",
            equalTo("inline; filename=\"table-" + table.get("id") + ".ics\""));
    ParsedCalendar calendar = feed(response);

    assertThat(calendar.uids()).containsExactly(meeting.get("id") + "@zonale");
    assertThat(calendar.property("X-WR-CALNAME")).isEqualTo(table.get("name"));
  }

  @Test
  void draftPlanFeedsAreReadOnlyInsideTheirAmbito() {
    List<String> areas = policyAreaIds(1);
    var draft = createPlan(office, OGLIO_PO, areas);
    var table = createTable(office, draft.get("id"), areas);
    var session = schedule(draft.get("id"), table.get("id"), "Bozza", "2026-09-30T16:30:00+02:00");
    String planFeed = "/api/v1/plans/" + draft.get("id") + "/calendar";
    String tableFeed = "/api/v1/tables/" + table.get("id") + "/calendar";
    String sessionFeed = "/api/v1/sessions/" + session.get("id") + "/calendar";

    for (var hidden :
        Map.of(planFeed, "plan", tableFeed, "table", sessionFeed, "session").entrySet()) {
      for (RequestSpecification caller : List.of(ics(), ics(Tokens.consortium(CREMASCO)))) {
        caller
            .get(hidden.getKey())
            .then()
            .statusCode(404)
            .contentType("application/problem+json")
            .body("type", equalTo(PROBLEM + hidden.getValue() + "-not-found"));
      }
    }
    Response own = ics(office).get(planFeed);
    // Read with a token, a draft must not be kept by shared caches.
    own.then().statusCode(200).header("Cache-Control", equalTo("no-store"));
    assertThat(ParsedCalendar.of(own.asString()).uids())
        .containsExactly(session.get("id") + "@zonale");
    ics(office).get(tableFeed).then().statusCode(200);
    ics(office).get(sessionFeed).then().statusCode(200);
  }

  @Test
  void aPublicFeedReadWithATokenIsNotPubliclyCached() {
    var plan = publish(office, createPlan(office, OGLIO_PO, policyAreaIds(1)));
    ics(office)
        .get("/api/v1/plans/" + plan.get("id") + "/calendar")
        .then()
        .statusCode(200)
        .header("Cache-Control", equalTo("no-store"));
  }

  @Test
  void existingPlanSessionAndTableEndpointsStillAnswerBesideTheFeeds() {
    List<String> areas = policyAreaIds(1);
    var plan = publish(office, createPlan(office, OGLIO_PO, areas));
    var table = createTable(office, plan.get("id"), areas);
    var session = schedule(plan.get("id"), table.get("id"), "Tavolo", "2026-09-30T16:30:00+02:00");

    anonymous()
        .get("/api/v1/plans/" + plan.get("id"))
        .then()
        .statusCode(200)
        .body("id", equalTo(plan.get("id")));
    anonymous()
        .get("/api/v1/sessions/" + session.get("id"))
        .then()
        .statusCode(200)
        .body("id", equalTo(session.get("id")));
    anonymous()
        .get("/api/v1/tables/" + table.get("id"))
        .then()
        .statusCode(200)
        .body("id", equalTo(table.get("id")));
    anonymous()
        .get("/api/v1/plans/" + plan.get("id") + "/sessions")
        .then()
        .statusCode(200)
        .body("total", equalTo(1));
    as(office)
        .get("/api/v1/sessions/" + session.get("id") + "/participants")
        .then()
        .statusCode(200);
    // The feed's five minutes do not spill onto the JSON reads: those have their own minute.
    anonymous()
        .get("/api/v1/plans/" + plan.get("id"))
        .then()
        .header("Cache-Control", equalTo("public, max-age=60"));
    String member =
        Tokens.token(
            "ufficio-" + UUID.randomUUID(),
            "consortium",
            registerOrganization(office, "CONSORTIUM"),
            OGLIO_PO);
    as(member).get("/api/v1/me").then().statusCode(200);
  }

  @Test
  void longItalianTitlesAreFoldedAtSeventyFiveOctetsAndReadBackWhole() {
    var plan = publish(office, createPlan(office, OGLIO_PO, policyAreaIds(1)));
    String title =
        "Qualità della vita, fragilità e opportunità: l’àmbito incontra le realtà del Terzo"
            + " settore perché la città sia più accessibile — è già ora";
    var session = schedule(plan.get("id"), null, title, "2026-09-29T16:30:00+02:00");

    ParsedCalendar calendar =
        feed(ics().get("/api/v1/sessions/" + session.get("id") + "/calendar"));

    assertThat(calendar.text()).contains("\r\n ");
    assertThat(ParsedCalendar.value(calendar.event(session.get("id")), Property.SUMMARY))
        .isEqualTo(title);
  }

  @Test
  void unknownIdsAnswerNotFoundProblems() {
    UUID unknown = UUID.randomUUID();
    for (var kind : List.of("plan", "table", "session")) {
      ics()
          .get("/api/v1/" + kind + "s/" + unknown + "/calendar")
          .then()
          .statusCode(404)
          .contentType("application/problem+json")
          .body("type", equalTo(PROBLEM + kind + "-not-found"))
          .header("Cache-Control", equalTo("no-store"));
    }
  }
}
