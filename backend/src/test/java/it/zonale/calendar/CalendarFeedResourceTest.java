package it.zonale.calendar;

import static io.restassured.RestAssured.given;
import static it.zonale.support.Tokens.OGLIO_PO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import it.zonale.support.ApiTest;
import it.zonale.support.Tokens;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Year;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.fortuna.ical4j.model.Property;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CalendarFeedResourceTest extends ApiTest {
  static final String ME = "/api/v1/me/calendar-feed";

  @Inject AgroalDataSource dataSource;

  final String office = Tokens.consortium(OGLIO_PO);
  final int nextYear = Year.now().getValue() + 1;

  /** A delegate of a new organisation of Oglio Po, with a name of their own. */
  String delegateOf(UUID organization) {
    return Tokens.token("ets-" + UUID.randomUUID(), "ets", organization, OGLIO_PO);
  }

  Map<String, Object> schedule(Object planId, String day) {
    return as(office)
        .body(
            Map.of(
                "kind",
                "PLENARY",
                "title",
                "Incontro del " + day,
                "startsAt",
                nextYear + "-" + day + "T16:30:00+02:00",
                "endsAt",
                nextYear + "-" + day + "T18:30:00+02:00",
                "mode",
                "IN_PERSON",
                "place",
                "Casalmaggiore"))
        .post("/api/v1/plans/" + planId + "/sessions")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getMap("");
  }

  String person(String token, UUID organization) {
    return as(token)
        .body(
            Map.of(
                "organizationId",
                organization,
                "fullName",
                "Persona " + UUID.randomUUID(),
                "email",
                UUID.randomUUID() + "@example.org"))
        .post("/api/v1/participants")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  void register(String token, Object sessionId, String personId) {
    as(token)
        .body(Map.of("participantId", personId))
        .post("/api/v1/sessions/" + sessionId + "/participants")
        .then()
        .statusCode(201);
  }

  /** Makes (or rotates) the caller's feed and returns its absolute address. */
  static String makeFeed(String token) {
    return as(token)
        .post(ME)
        .then()
        .statusCode(201)
        .header("Location", endsWith(ME))
        .header("Cache-Control", equalTo("no-store"))
        .extract()
        .path("url");
  }

  static Response read(String url) {
    return given().accept("text/calendar").get(url);
  }

  static String keyOf(String url) {
    return url.substring(url.lastIndexOf('/') + 1);
  }

  @Test
  void privateFeedListsExactlyTheSessionsWhereTheOrganisationHasPeopleRegistered() {
    var plan = publish(office, createPlan(office, OGLIO_PO, policyAreaIds(1)));
    UUID own = registerOrganization(office, "SOCIAL_COOPERATIVE");
    UUID other = registerOrganization(office, "APS");
    String delegate = delegateOf(own);
    String otherDelegate = delegateOf(other);
    String anna = person(delegate, own);
    String bruno = person(delegate, own);
    String carla = person(otherDelegate, other);
    var registered = schedule(plan.get("id"), "05-04");
    var cancelledRegistration = schedule(plan.get("id"), "05-05");
    var otherOrganisations = schedule(plan.get("id"), "05-06");
    var twoPeople = schedule(plan.get("id"), "05-07");
    schedule(plan.get("id"), "05-08");
    var cancelledSession = schedule(plan.get("id"), "05-11");
    register(delegate, registered.get("id"), anna);
    register(delegate, cancelledRegistration.get("id"), anna);
    as(delegate)
        .delete("/api/v1/sessions/" + cancelledRegistration.get("id") + "/participants/" + anna)
        .then()
        .statusCode(204);
    register(otherDelegate, otherOrganisations.get("id"), carla);
    register(delegate, twoPeople.get("id"), anna);
    register(delegate, twoPeople.get("id"), bruno);
    register(delegate, cancelledSession.get("id"), bruno);
    as(office)
        .body(
            Map.of(
                "status",
                "CANCELLED",
                "reason",
                "Maltempo: allerta meteo",
                "version",
                cancelledSession.get("version")))
        .put("/api/v1/sessions/" + cancelledSession.get("id") + "/status")
        .then()
        .statusCode(200);

    String url = makeFeed(delegate);
    assertThat(url).startsWith("http").contains("/api/v1/calendar-feeds/");
    assertThat(keyOf(url)).matches("[A-Za-z0-9_-]{43}");
    Response response = read(url);
    response
        .then()
        .statusCode(200)
        .header("Cache-Control", equalTo("private, no-store"))
        .header("Content-Disposition", equalTo("inline; filename=\"zonale.ics\""));
    ParsedCalendar calendar = ParsedCalendar.of(response.asString());

    assertThat(calendar.uids())
        .containsExactly(
            registered.get("id") + "@zonale",
            twoPeople.get("id") + "@zonale",
            cancelledSession.get("id") + "@zonale");
    assertThat(ParsedCalendar.value(calendar.event(cancelledSession.get("id")), Property.STATUS))
        .isEqualTo("CANCELLED");
    assertThat(calendar.property("X-WR-CALNAME"))
        .startsWith("Zonale")
        .contains("SOCIAL_COOPERATIVE");
  }

  @Test
  void aDraftPlansSessionsAppearOnlyToARequestThatMayReadThem() {
    var draft = createPlan(office, OGLIO_PO, policyAreaIds(1));
    UUID own = registerOrganization(office, "SOCIAL_COOPERATIVE");
    String delegate = delegateOf(own);
    var session = schedule(draft.get("id"), "06-01");
    // The plan office registers the organisation's people to its draft plan's meetings.
    register(office, session.get("id"), person(delegate, own));
    String url = makeFeed(delegate);

    assertThat(ParsedCalendar.of(read(url).then().statusCode(200).extract().asString()).uids())
        .isEmpty();
    String withToken =
        given()
            .accept("text/calendar")
            .header("Authorization", Tokens.bearer(office))
            .get(url)
            .then()
            .statusCode(200)
            .header("Cache-Control", equalTo("private, no-store"))
            .extract()
            .asString();
    assertThat(ParsedCalendar.of(withToken).uids()).containsExactly(session.get("id") + "@zonale");
  }

  @Test
  void rotatingTheKeyEndsTheOldAddressAtOnce() {
    String delegate = delegateOf(registerOrganization(office, "APS"));
    String first = makeFeed(delegate);
    read(first).then().statusCode(200);

    String second = makeFeed(delegate);

    assertThat(second).isNotEqualTo(first);
    read(first)
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("type", equalTo(PROBLEM + "calendar-feed-not-found"));
    read(second).then().statusCode(200);
  }

  @Test
  void revokingTheFeedEndsItsAddress() {
    String delegate = delegateOf(registerOrganization(office, "ODV"));
    String url = makeFeed(delegate);

    as(delegate).delete(ME).then().statusCode(204);

    read(url).then().statusCode(404).body("type", equalTo(PROBLEM + "calendar-feed-not-found"));
    as(delegate).get(ME).then().statusCode(200).body("active", equalTo(false));
    as(delegate).delete(ME).then().statusCode(204);
  }

  @Test
  void myFeedSaysWhetherItExistsButNeverItsAddress() {
    UUID organization = registerOrganization(office, "APS");
    String delegate = delegateOf(organization);
    as(delegate)
        .get(ME)
        .then()
        .statusCode(200)
        .body("active", equalTo(false))
        .body("createdAt", nullValue());

    String key = keyOf(makeFeed(delegate));

    String body =
        as(delegate)
            .get(ME)
            .then()
            .statusCode(200)
            .body("active", equalTo(true))
            .body("organizationId", equalTo(organization.toString()))
            .extract()
            .asString();
    assertThat(body).contains("createdAt").doesNotContain(key);
  }

  @Test
  void onlyTheHashOfTheKeyIsStored() throws Exception {
    String username = "ets-" + UUID.randomUUID();
    String delegate = Tokens.token(username, "ets", registerOrganization(office, "APS"), OGLIO_PO);
    String key = keyOf(makeFeed(delegate));
    String userId = UUID.nameUUIDFromBytes(username.getBytes()).toString();

    List<String> rows = new ArrayList<>();
    String hash = null;
    try (Connection c = dataSource.getConnection();
        PreparedStatement q =
            c.prepareStatement(
                "select f::text, token_hash from calendar_feeds f where user_id = ?")) {
      q.setString(1, userId);
      try (ResultSet r = q.executeQuery()) {
        while (r.next()) {
          rows.add(r.getString(1));
          hash = r.getString(2);
        }
      }
    }

    assertThat(rows).hasSize(1);
    assertThat(rows.get(0)).doesNotContain(key);
    assertThat(hash)
        .isEqualTo(
            HexFormat.of()
                .formatHex(
                    MessageDigest.getInstance("SHA-256")
                        .digest(key.getBytes(StandardCharsets.US_ASCII))));
  }

  @Test
  void onlyAnAccountActingForAKnownOrganisationMakesAFeed() {
    anonymous().post(ME).then().statusCode(401);
    anonymous().get(ME).then().statusCode(401);
    for (String stranger :
        List.of(
            Tokens.token("ets-" + UUID.randomUUID(), "ets", null, OGLIO_PO),
            Tokens.token("ets-" + UUID.randomUUID(), "ets", UUID.randomUUID(), OGLIO_PO))) {
      as(stranger)
          .post(ME)
          .then()
          .statusCode(403)
          .body("type", equalTo(PROBLEM + "no-organization"));
    }
  }

  @Test
  void unknownOrMalformedKeysAnswerNotFound() {
    for (String key :
        List.of(
            "abc",
            "A".repeat(43),
            "x".repeat(200),
            "Jq4n8mXbT1cV0sYwZr2pLk7uHe3dGa9fNo5iQx6yCv%21")) {
      given()
          .accept("text/calendar")
          .urlEncodingEnabled(false)
          .get("/api/v1/calendar-feeds/" + key)
          .then()
          .statusCode(404)
          .contentType("application/problem+json")
          .body("type", equalTo(PROBLEM + "calendar-feed-not-found"));
    }
  }
}
