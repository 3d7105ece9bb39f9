package it.zonale.participant;

import static it.zonale.support.Tokens.OGLIO_PO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import it.zonale.support.ApiTest;
import it.zonale.support.Tokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

@QuarkusTest
class WaitlistTest extends ApiTest {
  final String office = Tokens.consortium(OGLIO_PO);

  String etsOf(UUID organizationId) {
    return Tokens.token("delegato-" + organizationId, "ets", organizationId, OGLIO_PO);
  }

  Map<String, Object> sessionWithSeats(int capacity) {
    var plan = publish(office, createPlan(office, OGLIO_PO, policyAreaIds(1)));
    int next = Year.now().getValue() + 1;
    Map<String, Object> body = new HashMap<>();
    body.put("kind", "PLENARY");
    body.put("title", "Plenaria con posti limitati");
    body.put("startsAt", next + "-05-10T16:30:00+02:00");
    body.put("endsAt", next + "-05-10T18:30:00+02:00");
    body.put("mode", "IN_PERSON");
    body.put("place", "Casalmaggiore");
    body.put("capacity", capacity);
    return as(office)
        .body(body)
        .post("/api/v1/plans/" + plan.get("id") + "/sessions")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getMap("");
  }

  List<String> people(String delegate, UUID organizationId, int count) {
    List<String> ids = new ArrayList<>();
    String stamp = UUID.randomUUID().toString().substring(0, 8);
    for (int i = 0; i < count; i++) {
      ids.add(
          as(delegate)
              .body(
                  Map.of(
                      "organizationId",
                      organizationId,
                      "fullName",
                      "Persona " + i,
                      "email",
                      "persona" + i + "." + stamp + "@example.org"))
              .post("/api/v1/participants")
              .then()
              .statusCode(201)
              .extract()
              .path("id"));
    }
    return ids;
  }

  JsonPath register(String delegate, String url, String participantId) {
    return as(delegate)
        .body(Map.of("participantId", participantId))
        .post(url)
        .then()
        .statusCode(201)
        .extract()
        .jsonPath();
  }

  @Test
  void aFullSessionWaitlistsAndACancellationPromotesTheFirstInLine() {
    UUID coop = registerOrganization(office, "SOCIAL_COOPERATIVE");
    String delegate = etsOf(coop);
    var ids = people(delegate, coop, 4);
    String url = "/api/v1/sessions/" + sessionWithSeats(2).get("id") + "/participants";

    assertThat(register(delegate, url, ids.get(0)).getString("status")).isEqualTo("REGISTERED");
    assertThat(register(delegate, url, ids.get(1)).getString("status")).isEqualTo("REGISTERED");
    JsonPath third = register(delegate, url, ids.get(2));
    assertThat(third.getString("status")).isEqualTo("WAITLISTED");
    assertThat(third.getInt("waitlistPosition")).isEqualTo(1);
    assertThat(register(delegate, url, ids.get(3)).getInt("waitlistPosition")).isEqualTo(2);
    as(delegate)
        .get(url)
        .then()
        .statusCode(200)
        .body("capacity", equalTo(2))
        .body("registeredCount", equalTo(2))
        .body("waitlistCount", equalTo(2));
    // a waitlisted person is already registered in the sense that matters: no second place in line
    as(delegate)
        .body(Map.of("participantId", ids.get(2)))
        .post(url)
        .then()
        .statusCode(409)
        .body("type", equalTo(PROBLEM + "already-registered"));

    as(delegate).delete(url + "/" + ids.get(0)).then().statusCode(204);

    JsonPath after = as(delegate).get(url + "?limit=100").then().extract().jsonPath();
    Map<String, Map<String, Object>> byPerson = new HashMap<>();
    after
        .<Map<String, Object>>getList("items")
        .forEach(r -> byPerson.put((String) r.get("participantId"), r));
    assertThat(byPerson.get(ids.get(0)).get("status")).isEqualTo("CANCELLED");
    assertThat(byPerson.get(ids.get(2)).get("status")).isEqualTo("REGISTERED");
    assertThat(byPerson.get(ids.get(2)).get("promotedAt")).isNotNull();
    assertThat(byPerson.get(ids.get(2)).get("waitlistPosition")).isNull();
    assertThat(byPerson.get(ids.get(3)).get("status")).isEqualTo("WAITLISTED");
    assertThat(byPerson.get(ids.get(3)).get("waitlistPosition")).isEqualTo(1);
    assertThat(after.getInt("registeredCount")).isEqualTo(2);
    assertThat(after.getInt("waitlistCount")).isEqualTo(1);
  }

  @Test
  void leavingTheWaitlistFreesNoSeatAndMovesTheOthersUp() {
    UUID coop = registerOrganization(office, "APS");
    String delegate = etsOf(coop);
    var ids = people(delegate, coop, 4);
    String url = "/api/v1/sessions/" + sessionWithSeats(1).get("id") + "/participants";
    ids.forEach(id -> register(delegate, url, id));

    as(delegate).delete(url + "/" + ids.get(1)).then().statusCode(204);

    as(delegate)
        .get(url)
        .then()
        .body("registeredCount", equalTo(1))
        .body("waitlistCount", equalTo(2))
        .body(
            "items.find { it.participantId == '" + ids.get(0) + "' }.status", equalTo("REGISTERED"))
        .body(
            "items.find { it.participantId == '" + ids.get(2) + "' }.waitlistPosition", equalTo(1))
        .body(
            "items.find { it.participantId == '" + ids.get(3) + "' }.waitlistPosition", equalTo(2));
  }

  @Test
  void moreSeatsPromoteTheWaitlistInOrder() {
    UUID coop = registerOrganization(office, "ODV");
    String delegate = etsOf(coop);
    var ids = people(delegate, coop, 4);
    var session = sessionWithSeats(1);
    String url = "/api/v1/sessions/" + session.get("id") + "/participants";
    ids.forEach(id -> register(delegate, url, id));

    Map<String, Object> update = new HashMap<>();
    update.put("title", session.get("title"));
    update.put("startsAt", session.get("startsAt"));
    update.put("endsAt", session.get("endsAt"));
    update.put("mode", "IN_PERSON");
    update.put("place", "Casalmaggiore");
    update.put("agenda", List.of());
    update.put("capacity", 3);
    update.put("version", session.get("version"));
    as(office).body(update).put("/api/v1/sessions/" + session.get("id")).then().statusCode(200);

    as(delegate)
        .get(url)
        .then()
        .body("registeredCount", equalTo(3))
        .body("waitlistCount", equalTo(1))
        .body(
            "items.find { it.participantId == '" + ids.get(2) + "' }.status", equalTo("REGISTERED"))
        .body("items.find { it.participantId == '" + ids.get(2) + "' }.promotedAt", notNullValue())
        .body(
            "items.find { it.participantId == '" + ids.get(3) + "' }.status", equalTo("WAITLISTED"))
        .body("items.find { it.participantId == '" + ids.get(0) + "' }.promotedAt", nullValue());
  }

  @Test
  void manySimultaneousRegistrationsForTheLastSeatsNeverExceedTheCapacity() throws Exception {
    UUID coop = registerOrganization(office, "SOCIAL_COOPERATIVE");
    String delegate = etsOf(coop);
    int people = 24;
    int seats = 3;
    var ids = people(delegate, coop, people);
    String url = "/api/v1/sessions/" + sessionWithSeats(seats).get("id") + "/participants";

    // why: java.net.http sends all requests at once on their own connections; the API must queue
    // them
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    URI target =
        URI.create(
            io.restassured.RestAssured.baseURI + ":" + io.restassured.RestAssured.port + url);
    List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
    for (String id : ids) {
      calls.add(
          client.sendAsync(
              HttpRequest.newBuilder(target)
                  .header("Authorization", "Bearer " + delegate)
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString("{\"participantId\":\"" + id + "\"}"))
                  .build(),
              HttpResponse.BodyHandlers.ofString()));
    }
    List<String> statuses = new ArrayList<>();
    for (var call : calls) {
      HttpResponse<String> response = call.get(60, TimeUnit.SECONDS);
      assertThat(response.statusCode()).isEqualTo(201);
      statuses.add(JsonPath.from(response.body()).getString("status"));
    }
    assertThat(statuses).filteredOn("REGISTERED"::equals).hasSize(seats);
    assertThat(statuses).filteredOn("WAITLISTED"::equals).hasSize(people - seats);
    JsonPath page = as(delegate).get(url + "?limit=100").then().extract().jsonPath();
    assertThat(page.getInt("registeredCount")).isEqualTo(seats);
    assertThat(
            page.getList("items.waitlistPosition", Integer.class).stream().filter(p -> p != null))
        .containsExactlyInAnyOrderElementsOf(
            java.util.stream.IntStream.rangeClosed(1, people - seats).boxed().toList());
  }

  @Test
  void theOfficeSeesEveryoneInLineWhileAnOrganizationSeesOnlyItsOwn() {
    UUID first = registerOrganization(office, "APS");
    UUID second = registerOrganization(office, "ODV");
    var a = people(etsOf(first), first, 2);
    var b = people(etsOf(second), second, 1);
    String url = "/api/v1/sessions/" + sessionWithSeats(1).get("id") + "/participants";
    register(etsOf(first), url, a.get(0));
    register(etsOf(second), url, b.get(0));
    register(etsOf(first), url, a.get(1));

    as(etsOf(second))
        .get(url)
        .then()
        .body("items.participantId", contains(b.get(0)))
        .body("items[0].waitlistPosition", equalTo(1))
        .body("registeredCount", equalTo(1))
        .body("waitlistCount", equalTo(2));
    as(office).get(url).then().body("total", equalTo(3));
  }
}
