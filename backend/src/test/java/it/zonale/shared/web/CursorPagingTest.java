package it.zonale.shared.web;

import static it.zonale.support.Tokens.OGLIO_PO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import it.zonale.support.ApiTest;
import it.zonale.support.Tokens;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CursorPagingTest extends ApiTest {
  final String office = Tokens.consortium(OGLIO_PO);

  /** Every page of the list, following nextCursor from the first; checks offset agrees. */
  List<String> walk(String url, int limit) {
    List<String> seen = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      var page =
          as(office)
              .get(url + "limit=" + limit + (cursor == null ? "" : "&cursor=" + cursor))
              .then()
              .statusCode(200)
              .extract()
              .jsonPath();
      List<String> ids = page.getList("items.id");
      assertThat(ids.size()).isLessThanOrEqualTo(limit);
      seen.addAll(ids);
      cursor = page.getString("nextCursor");
      assertThat(++pages).isLessThan(1000);
    } while (cursor != null);
    return seen;
  }

  @Test
  void walkingOrganisationsByCursorReadsEveryRowOnceInNameOrder() {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    for (int i = 0; i < 7; i++) {
      // Same names twice: the id breaks the tie, so none is skipped or repeated at a page edge.
      as(office)
          .body(
              Map.of(
                  "name",
                  "Àmbito " + tag + " " + (i % 4),
                  "taxCode",
                  taxCode(),
                  "kind",
                  "APS",
                  "districtIds",
                  List.of(OGLIO_PO)))
          .post("/api/v1/organizations")
          .then()
          .statusCode(201);
    }
    String url = "/api/v1/organizations?q=" + tag + "&";
    List<String> byCursor = walk(url, 2);
    List<String> byOffset =
        as(office).get(url + "limit=100").then().statusCode(200).extract().path("items.id");
    assertThat(byCursor).hasSize(7).doesNotHaveDuplicates().isEqualTo(byOffset);
    // The whole register too, across every other test's organisations.
    List<String> all = walk("/api/v1/organizations?", 7);
    assertThat(all).doesNotHaveDuplicates();
    as(office)
        .get("/api/v1/organizations?limit=100")
        .then()
        .body("total", equalTo(all.size()))
        .body("nextCursor", all.size() > 100 ? org.hamcrest.Matchers.notNullValue() : nullValue());
  }

  @Test
  void walkingRegistrationsByCursorReadsEveryRowOnce() {
    var plan = publish(office, createPlan(office, OGLIO_PO, List.of()));
    OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).plusDays(3).withNano(0);
    String session =
        as(office)
            .body(
                Map.of(
                    "kind", "PLENARY",
                    "title", "Plenaria",
                    "startsAt", start.toString(),
                    "endsAt", start.plusHours(2).toString(),
                    "mode", "IN_PERSON",
                    "place", "Casalmaggiore"))
            .post("/api/v1/plans/" + plan.get("id") + "/sessions")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    UUID org = registerOrganization(office, "ODV");
    for (int i = 0; i < 5; i++) {
      as(office)
          .body(Map.of("participantId", newParticipantId(office, org, "Persona Numero" + i)))
          .post("/api/v1/sessions/" + session + "/participants")
          .then()
          .statusCode(201);
    }
    String url = "/api/v1/sessions/" + session + "/participants?";
    List<String> byCursor = new ArrayList<>();
    String cursor = null;
    do {
      var page =
          as(office)
              .get(url + "limit=2" + (cursor == null ? "" : "&cursor=" + cursor))
              .then()
              .statusCode(200)
              .body("total", equalTo(5))
              .extract()
              .jsonPath();
      byCursor.addAll(page.getList("items.participantId"));
      cursor = page.getString("nextCursor");
    } while (cursor != null);
    List<String> byOffset =
        as(office).get(url + "limit=100").then().extract().path("items.participantId");
    assertThat(byCursor).hasSize(5).doesNotHaveDuplicates().isEqualTo(byOffset);
  }

  @Test
  void aBadCursorOrACursorWithAnOffsetIs400() {
    String forged =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString("not-a-uuid:x".getBytes(StandardCharsets.UTF_8));
    for (String cursor : List.of(forged, "AAAA", "x")) {
      as(office)
          .get("/api/v1/organizations?cursor=" + cursor)
          .then()
          .statusCode(400)
          .contentType(startsWith("application/problem+json"))
          .body("errors.code", hasItem("invalid-format"));
    }
    as(office)
        .get("/api/v1/organizations?cursor=a+b")
        .then()
        .statusCode(400)
        .contentType(startsWith("application/problem+json"));
    String valid = CursorPageQuery.encode("a", UUID.randomUUID());
    as(office)
        .get("/api/v1/organizations?offset=0&cursor=" + valid)
        .then()
        .statusCode(400)
        .contentType(startsWith("application/problem+json"))
        .body("errors.code", hasItem("not-allowed"));
    String notATime = CursorPageQuery.encode("yesterday", UUID.randomUUID());
    as(office)
        .get("/api/v1/sessions/" + UUID.randomUUID() + "/participants?cursor=" + notATime)
        .then()
        .statusCode(404);
  }
}
