package it.zonale.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Helpers for API tests: requests as a given user, and small builders of test data through the API.
 */
public abstract class ApiTest {
  protected static final String PROBLEM = "urn:zonale:problem:";

  private static final java.util.Set<Object> APPROVED_STATUSES =
      java.util.Set.of("APPROVED", "MONITORING", "CLOSED");

  static {
    // A failing expectation prints its request and response: CI logs then say what went wrong.
    io.restassured.RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
  }

  protected static RequestSpecification anonymous() {
    return given().contentType(ContentType.JSON).accept(ContentType.JSON);
  }

  protected static RequestSpecification as(String token) {
    return anonymous().header("Authorization", Tokens.bearer(token));
  }

  /** Policy areas of the reference catalogue (migration V008). */
  protected static List<String> policyAreaIds(int count) {
    return anonymous()
        .get("/api/v1/policy-areas?limit=" + count)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("items.id", String.class);
  }

  /**
   * A new draft plan of the district, in a period between 2000 and 2095 chosen at random among the
   * years no plan of the district covers yet (else among those no approved plan covers), so that
   * tests never collide: approved plans of one ambito never overlap.
   */
  protected static Map<String, Object> createPlan(
      String token, UUID districtId, List<String> areaIds) {
    return createPlan(token, districtId, areaIds, 1);
  }

  /** As {@link #createPlan(String, UUID, List)}, covering at least {@code years} years. */
  protected static Map<String, Object> createPlan(
      String token, UUID districtId, List<String> areaIds, int years) {
    boolean[] any = new boolean[101];
    boolean[] published = new boolean[101];
    for (int offset = 0; ; offset += 100) {
      List<Map<String, Object>> items =
          as(token)
              .get("/api/v1/plans?districtId=" + districtId + "&limit=100&offset=" + offset)
              .then()
              .statusCode(200)
              .extract()
              .jsonPath()
              .getList("items");
      for (Map<String, Object> p : items) {
        for (int y = (Integer) p.get("startYear"); y <= (Integer) p.get("endYear"); y++) {
          any[y - 2000] = true;
          // only approved plans block a period (PlanService.requireNoOverlap): drafts and plans in
          // consultation may overlap, so a test run does not use up the years with them
          published[y - 2000] |= APPROVED_STATUSES.contains(p.get("status"));
        }
      }
      if (items.size() < 100) {
        break;
      }
    }
    for (boolean[] taken : List.of(any, published)) {
      List<Integer> starts = new java.util.ArrayList<>();
      // why: periods end by 2095, so tests may use a year or two after the plan (an indicator's
      // target, a measurement) within the API's 2000-2100 range
      for (int y = 0; y <= 90; y++) {
        if (!taken[y]) {
          starts.add(y);
        }
      }
      java.util.Collections.shuffle(starts);
      for (int first : starts) {
        // the shortest free period first: a test run approves ~100 plans and each blocks its years
        // for good; periods are unique per ambito, so longer spans serve when shorter are taken
        int longest = Math.max(years - 1, taken == any ? 0 : 4);
        for (int last = first; last - first <= longest && last <= 95 && !taken[last]; last++) {
          if (last - first < years - 1) {
            continue;
          }
          int start = 2000 + first;
          int end = 2000 + last;
          ValidatableResponse r =
              as(token)
                  .body(
                      Map.of(
                          "districtId",
                          districtId,
                          "title",
                          "Piano di Zona " + start + "-" + end,
                          "startYear",
                          start,
                          "endYear",
                          end,
                          "policyAreaIds",
                          areaIds))
                  .post("/api/v1/plans")
                  .then();
          if (r.extract().statusCode() == 201) {
            Map<String, Object> plan = r.extract().jsonPath().getMap("");
            r.header("Location", org.hamcrest.Matchers.endsWith("/api/v1/plans/" + plan.get("id")));
            return plan;
          }
          r.statusCode(org.hamcrest.Matchers.oneOf(409, 422));
        }
      }
    }
    throw new IllegalStateException("no free plan period left for the test district");
  }

  /**
   * The body of PUT /plans/{id}: the plan's own period, with this title, policy areas and version.
   */
  protected static Map<String, Object> planUpdate(
      Map<String, Object> plan, String title, Object policyAreaIds, Object version) {
    return Map.of(
        "title", title,
        "startYear", plan.get("startYear"),
        "endYear", plan.get("endYear"),
        "policyAreaIds", policyAreaIds,
        "version", version);
  }

  /**
   * The body of POST /plans/{id}/approval: yesterday's Assemblea, every comune of the district in
   * favour.
   */
  protected static Map<String, Object> unanimousApprovalBody(UUID districtId) {
    List<Map<String, Object>> votes = new java.util.ArrayList<>();
    for (Object istat :
        anonymous()
            .get("/api/v1/districts/" + districtId + "/municipalities?limit=100")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items.istatCode")) {
      votes.add(Map.of("istatCode", istat, "vote", "IN_FAVOUR"));
    }
    return Map.of(
        "assemblyDate",
        java.time.LocalDate.now().minusDays(1).toString(),
        "deliberation",
        "Deliberazione n. 1",
        "votes",
        votes);
  }

  protected static Map<String, Object> publish(String token, Map<String, Object> plan) {
    return as(token)
        .body(Map.of("status", "CONSULTATION", "version", plan.get("version")))
        .put("/api/v1/plans/" + plan.get("id") + "/status")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getMap("");
  }

  protected static Map<String, Object> createTable(
      String token, Object planId, List<String> areaIds) {
    return as(token)
        .body(
            Map.of(
                "name",
                "Tavolo " + UUID.randomUUID(),
                "targetGroup",
                "CHILDREN_YOUTH_AND_FAMILIES",
                "level",
                "DISTRICT",
                "policyAreaIds",
                areaIds))
        .post("/api/v1/plans/" + planId + "/tables")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getMap("");
  }

  /**
   * Time passes for a session that has not started: it started an hour ago and ends in an hour, so
   * that it may be marked held (a session is held only once it has started). A past one stays.
   */
  protected static void startedAnHourAgo(Object sessionId) {
    io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
        .run(
            () ->
                io.quarkus.arc.Arc.container()
                    .instance(jakarta.persistence.EntityManager.class)
                    .get()
                    .createNativeQuery(
                        "update sessions set starts_at = now() - interval '1 hour',"
                            + " ends_at = now() + interval '1 hour' where id = ?1 and starts_at > now()")
                    .setParameter(1, UUID.fromString(sessionId.toString()))
                    .executeUpdate());
  }

  /** The session has started and the plan office marks it held (minutes need a held session). */
  protected static void markHeld(String officeToken, Object sessionId) {
    startedAnHourAgo(sessionId);
    String url = "/api/v1/sessions/" + sessionId;
    int version = as(officeToken).get(url).then().statusCode(200).extract().path("version");
    as(officeToken)
        .body(Map.of("status", "HELD", "version", version))
        .put(url + "/status")
        .then()
        .statusCode(200);
  }

  /** A date-time this many days from now (negative: in the past), with Rome's offset. */
  protected static String daysFromNow(int days) {
    return java.time.OffsetDateTime.now(java.time.ZoneId.of("Europe/Rome"))
        .plusDays(days)
        .truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
        .toString();
  }

  /** A call of the plan for these tables, due at this deadline. */
  protected static Map<String, Object> openCall(
      String token, Object planId, String deadline, List<?> tableIds) {
    return as(token)
        .body(
            Map.of(
                "title",
                "Invito al Terzo settore",
                "text",
                "Si chiede di comunicare la propria manifestazione d'interesse (allegato A).",
                "deadline",
                deadline,
                "tableIds",
                tableIds))
        .post("/api/v1/plans/" + planId + "/calls")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getMap("");
  }

  /** A person of the organisation, added by someone who may (the plan office or a delegate). */
  protected static String newParticipantId(String token, UUID organizationId, String fullName) {
    return as(token)
        .body(
            Map.of(
                "organizationId",
                organizationId,
                "fullName",
                fullName,
                "email",
                fullName.toLowerCase().replace(' ', '.')
                    + "."
                    + UUID.randomUUID()
                    + "@example.org"))
        .post("/api/v1/participants")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  /** A random valid 11-digit tax code of a legal entity. */
  protected static String taxCode() {
    StringBuilder code = new StringBuilder();
    int sum = 0;
    for (int i = 0; i < 10; i++) {
      int digit = ThreadLocalRandom.current().nextInt(10);
      code.append(digit);
      int weighted = i % 2 == 1 ? digit * 2 : digit;
      sum += weighted > 9 ? weighted - 9 : weighted;
    }
    return code.append((10 - sum % 10) % 10).toString();
  }

  /** Registers an organisation of this kind in Oglio Po and returns its id. */
  protected static UUID registerOrganization(String officeToken, String kind) {
    String id =
        as(officeToken)
            .body(
                Map.of(
                    "name",
                    kind + " " + UUID.randomUUID(),
                    "taxCode",
                    taxCode(),
                    "kind",
                    kind,
                    "email",
                    "info@example.org",
                    "districtIds",
                    List.of(Tokens.OGLIO_PO)))
            .post("/api/v1/organizations")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    return UUID.fromString(id);
  }
}
