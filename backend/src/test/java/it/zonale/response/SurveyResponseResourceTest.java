package it.zonale.response;

import static it.zonale.support.Tokens.CREMASCO;
import static it.zonale.support.Tokens.CREMONESE;
import static it.zonale.support.Tokens.OGLIO_PO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.icegreen.greenmail.util.GreenMail;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import it.zonale.notification.DeliveryService;
import it.zonale.shared.persistence.Timestamps;
import it.zonale.support.ApiTest;
import it.zonale.support.InjectGreenMail;
import it.zonale.support.Surveys;
import it.zonale.support.Tokens;
import jakarta.inject.Inject;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Answering a needs survey, against real PostgreSQL; surveys are inserted as the builder stores
 * them.
 */
@QuarkusTest
class SurveyResponseResourceTest extends ApiTest {
  static final String CASALASCO = "5d000000-0000-4000-8000-000000000031";
  final String office = Tokens.consortium(OGLIO_PO);

  @Inject EntityManager db;

  @Inject SurveyResponseService service;

  @Inject DeliveryService delivery;

  @InjectGreenMail GreenMail greenMail;

  UUID survey(String token, UUID district, Instant deadline) {
    var plan = publish(token, createPlan(token, district, policyAreaIds(1)));
    return Surveys.insert(plan.get("id"), district, deadline);
  }

  UUID survey() {
    return survey(office, OGLIO_PO, Instant.now().plus(Duration.ofDays(10)));
  }

  static String delegate(UUID org, UUID district) {
    return Tokens.token("delegato-" + UUID.randomUUID(), "ets", org, district);
  }

  /** A complete, valid set of answers. */
  static Map<String, Object> complete() {
    Map<String, Object> a = new HashMap<>();
    a.put("name", "Cooperativa Il Sole");
    a.put("note", "Operiamo a Casalmaggiore.");
    a.put("volunteers", 12);
    a.put("founded", "1998-05-04");
    a.put("area", "anziani");
    a.put("targets", List.of("minori", "disabili"));
    a.put("satisfaction", 4);
    a.put("needs", Map.of("casa", "alto", "lavoro", "medio"));
    return a;
  }

  static Map<String, Object> save(Object version, Map<String, Object> answers) {
    Map<String, Object> body = new HashMap<>();
    body.put("version", version);
    body.put("subdistrictId", CASALASCO);
    body.put("answers", answers);
    return body;
  }

  static ValidatableResponse put(String token, UUID survey, Map<String, Object> body) {
    return as(token).body(body).put("/api/v1/surveys/" + survey + "/responses/mine").then();
  }

  static ValidatableResponse submit(String token, UUID survey, Object version) {
    return as(token)
        .body(Map.of("version", version))
        .post("/api/v1/surveys/" + survey + "/responses/mine/submit")
        .then();
  }

  @Test
  void aDraftIsAutosavedIncompleteAndSharedByTheDelegates() {
    UUID survey = survey();
    UUID org = registerOrganization(office, "APS");
    String first = delegate(org, OGLIO_PO);
    String second = delegate(org, OGLIO_PO);

    as(first)
        .get("/api/v1/surveys/" + survey + "/responses/mine")
        .then()
        .statusCode(404)
        .body("type", equalTo(PROBLEM + "survey-response-not-found"));

    Map<String, Object> partial =
        new HashMap<>(Map.of("name", "Il Sole", "needs", Map.of("casa", "basso")));
    var saved =
        put(first, survey, save(null, partial))
            .statusCode(200)
            .body("status", equalTo("DRAFT"))
            .body("version", equalTo(0))
            .body("answers.name", equalTo("Il Sole"))
            .body("editable", equalTo(true))
            .body("submittedAt", nullValue())
            .extract()
            .jsonPath();

    // the other delegate sees the same response and continues it
    as(second)
        .get("/api/v1/surveys/" + survey + "/responses/mine")
        .then()
        .statusCode(200)
        .body("id", equalTo(saved.getString("id")));
    partial.put("volunteers", 3);
    put(second, survey, save(0, partial)).statusCode(200).body("version", equalTo(1));
    // the first delegate's stale autosave is refused, not lost silently
    put(first, survey, save(0, partial))
        .statusCode(409)
        .body("type", equalTo(PROBLEM + "stale-version"));
    // a second "first save" does not create a second response
    put(first, survey, save(null, partial)).statusCode(409);

    assertThat(count("select count(*) from survey_responses where survey_id = ?1", survey))
        .isEqualTo(1);
    assertThat(count("select count(*) from survey_answers where survey_id = ?1", survey))
        .as("name, volunteers, one matrix row")
        .isEqualTo(3);
  }

  @Test
  void everySaveRewritesTheAnswerRowsAsTheSchemaSays() {
    UUID survey = survey();
    String token = delegate(registerOrganization(office, "ODV"), OGLIO_PO);
    String id = put(token, survey, save(null, complete())).statusCode(200).extract().path("id");

    List<Object[]> rows = rows(UUID.fromString(id));
    assertThat(rows)
        .extracting(
            r ->
                r[0] + "|" + r[1] + "|" + r[2] + "|" + r[3] + "|" + num(r[4]) + "|" + r[5] + "|"
                    + r[6])
        .containsExactlyInAnyOrder(
            "area||0|anziani|null|null|null",
            "founded||0|null|null|null|1998-05-04",
            "name||0|null|null|Cooperativa Il Sole|null",
            "needs|casa|0|alto|3|null|null",
            "needs|lavoro|0|medio|2|null|null",
            "note||0|null|null|Operiamo a Casalmaggiore.|null",
            "satisfaction||0|null|4|null|null",
            "targets||0|minori|null|null|null",
            "targets||1|disabili|null|null|null",
            "volunteers||0|null|12|null|null");

    Map<String, Object> fewer = new HashMap<>(complete());
    fewer.put("targets", List.of("anziani"));
    fewer.remove("note");
    put(token, survey, save(0, fewer)).statusCode(200);
    assertThat(rows(UUID.fromString(id)))
        .extracting(r -> r[0] + "|" + r[2] + "|" + r[3])
        .contains("targets|0|anziani")
        .doesNotContain("targets|1|disabili")
        .noneMatch(s -> s.startsWith("note|"));
  }

  @Test
  void valuesThatDoNotFitTheirQuestionsAre422WithAPointerEach() {
    UUID survey = survey();
    String token = delegate(registerOrganization(office, "APS"), OGLIO_PO);
    Map<String, Object> bad = new HashMap<>();
    bad.put("name", 42);
    bad.put("note", "x".repeat(10_001));
    bad.put("volunteers", 5000);
    bad.put("founded", "2024-02-30");
    bad.put("area", "giovani");
    bad.put("targets", List.of("minori", "nessuno"));
    bad.put("satisfaction", 3.5);
    bad.put("needs", Map.of("casa", "altissimo", "scuola", "alto"));
    bad.put("unknown", "x");
    Map<String, Object> body = save(null, bad);
    body.put("subdistrictId", "5d000000-0000-4000-8000-000000000011"); // Cremasco's
    var problem =
        put(token, survey, body)
            .statusCode(422)
            .body("type", equalTo(PROBLEM + "invalid-answers"))
            .extract()
            .jsonPath();
    Map<String, String> codes = new HashMap<>();
    problem
        .getList("errors", Map.class)
        .forEach(e -> codes.put((String) e.get("pointer"), (String) e.get("code")));
    assertThat(codes)
        .containsEntry("/answers/name", "invalid-format")
        .containsEntry("/answers/note", "too-long")
        .containsEntry("/answers/volunteers", "out-of-range")
        .containsEntry("/answers/founded", "invalid-format")
        .containsEntry("/answers/area", "unknown-reference")
        .containsEntry("/answers/targets", "unknown-reference")
        .containsEntry("/answers/satisfaction", "invalid-format")
        .containsEntry("/answers/needs/casa", "unknown-reference")
        .containsEntry("/answers/needs/scuola", "unknown-reference")
        .containsEntry("/answers/unknown", "unknown-reference")
        .containsEntry("/subdistrictId", "unknown-reference")
        .hasSize(11);
    assertThat(count("select count(*) from survey_responses where survey_id = ?1", survey))
        .isZero();

    // other shapes: a number as text, a list where one option is expected, a rating off the scale
    Map<String, Object> shapes = new HashMap<>();
    shapes.put("volunteers", "12");
    shapes.put("area", List.of("minori"));
    shapes.put("satisfaction", 6);
    shapes.put("targets", "minori");
    shapes.put("needs", List.of("alto"));
    shapes.put("founded", "1700-01-01");
    var second = put(token, survey, save(null, shapes)).statusCode(422).extract().jsonPath();
    Map<String, String> codes2 = new HashMap<>();
    second
        .getList("errors", Map.class)
        .forEach(e -> codes2.put((String) e.get("pointer"), (String) e.get("code")));
    assertThat(codes2)
        .containsEntry("/answers/volunteers", "invalid-format")
        .containsEntry("/answers/area", "invalid-format")
        .containsEntry("/answers/satisfaction", "out-of-range")
        .containsEntry("/answers/targets", "invalid-format")
        .containsEntry("/answers/needs", "invalid-format")
        .containsEntry("/answers/founded", "out-of-range");
  }

  @Test
  void submitChecksEverythingThenKeepsTheResponseEditableUntilTheDeadline() {
    UUID survey = survey();
    String token = delegate(registerOrganization(office, "APS"), OGLIO_PO);
    Map<String, Object> partial = new HashMap<>(complete());
    partial.remove("name");
    partial.put("needs", Map.of("casa", "alto"));
    Map<String, Object> body = save(null, partial);
    body.put("subdistrictId", null);
    put(token, survey, body).statusCode(200);

    var problem = submit(token, survey, 0).statusCode(422).extract().jsonPath();
    assertThat(problem.getString("type")).isEqualTo(PROBLEM + "invalid-answers");
    assertThat(problem.getList("errors", Map.class))
        .extracting(e -> e.get("pointer") + " " + e.get("code"))
        .containsExactlyInAnyOrder(
            "/answers/name required", "/answers/needs/lavoro required", "/subdistrictId required");

    put(token, survey, save(0, complete())).statusCode(200);
    var submitted =
        submit(token, survey, 1)
            .statusCode(200)
            .body("status", equalTo("SUBMITTED"))
            .body("submittedAt", notNullValue())
            .extract()
            .jsonPath();
    submit(token, survey, 2)
        .statusCode(422)
        .body("type", equalTo(PROBLEM + "survey-response-already-submitted"));

    // edited again before the deadline: still submitted, same submittedAt, but checked fully
    Map<String, Object> changed = new HashMap<>(complete());
    changed.put("volunteers", 20);
    put(token, survey, save(2, changed))
        .statusCode(200)
        .body("status", equalTo("SUBMITTED"))
        .body("submittedAt", equalTo(submitted.getString("submittedAt")))
        .body("answers.volunteers", equalTo(20));
    changed.remove("area");
    put(token, survey, save(3, changed))
        .statusCode(422)
        .body("errors.pointer", hasItem("/answers/area"));
  }

  @Test
  void afterTheDeadlineOnlyAReopenedResponseMayChangeOnce() {
    UUID survey = survey();
    UUID org = registerOrganization(office, "APS");
    String token = delegate(org, OGLIO_PO);
    String id = put(token, survey, save(null, complete())).statusCode(200).extract().path("id");
    submit(token, survey, 0).statusCode(200);
    Surveys.setDeadline(survey, Instant.now().minusSeconds(60));

    put(token, survey, save(1, complete()))
        .statusCode(422)
        .body("type", equalTo(PROBLEM + "survey-closed"));
    as(token)
        .get("/api/v1/surveys/" + survey + "/responses/mine")
        .then()
        .statusCode(200)
        .body("editable", equalTo(false));

    // only the plan office of the ambito reopens
    as(Tokens.consortium(CREMASCO))
        .body(Map.of("version", 1))
        .post("/api/v1/survey-responses/" + id + "/reopen")
        .then()
        .statusCode(404);
    as(office)
        .body(Map.of("version", 1))
        .post("/api/v1/survey-responses/" + id + "/reopen")
        .then()
        .statusCode(200)
        .body("status", equalTo("DRAFT"))
        .body("reopenedAt", notNullValue())
        .body("submittedAt", nullValue())
        .body("editable", equalTo(true));
    as(office)
        .body(Map.of("version", 2))
        .post("/api/v1/survey-responses/" + id + "/reopen")
        .then()
        .statusCode(422)
        .body("type", equalTo(PROBLEM + "survey-response-already-reopened"));

    Surveys.close(survey);
    Map<String, Object> changed = new HashMap<>(complete());
    changed.put("volunteers", 30);
    put(token, survey, save(2, changed)).statusCode(200);
    submit(token, survey, 3).statusCode(200).body("reopenedAt", nullValue());
    put(token, survey, save(4, complete()))
        .statusCode(422)
        .body("type", equalTo(PROBLEM + "survey-closed"));

    // an organisation that had not started cannot start after the deadline
    String late = delegate(registerOrganization(office, "ODV"), OGLIO_PO);
    put(late, survey, save(null, complete()))
        .statusCode(422)
        .body("type", equalTo(PROBLEM + "survey-closed"));
  }

  @Test
  void concurrentFirstSavesOfTwoDelegatesLeaveOneResponse() throws Exception {
    UUID survey = survey();
    UUID org = registerOrganization(office, "APS");
    int n = 4;
    CyclicBarrier barrier = new CyclicBarrier(n);
    List<CompletableFuture<Integer>> saves = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String token = delegate(org, OGLIO_PO);
      saves.add(
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  barrier.await(10, TimeUnit.SECONDS);
                } catch (Exception e) {
                  throw new IllegalStateException(e);
                }
                return put(token, survey, save(null, complete())).extract().statusCode();
              }));
    }
    List<Integer> statuses = new ArrayList<>();
    for (var s : saves) {
      statuses.add(s.get(30, TimeUnit.SECONDS));
    }
    assertThat(statuses).contains(200).allMatch(s -> s == 200 || s == 409);
    assertThat(count("select count(*) from survey_responses where survey_id = ?1", survey))
        .isEqualTo(1);
    assertThat(count("select count(*) from survey_answers where survey_id = ?1", survey))
        .isEqualTo(10);
  }

  @Test
  void aResponseIsVisibleOnlyToItsOrganisationAndThePlanOffice() {
    UUID survey = survey();
    UUID org = registerOrganization(office, "APS");
    String owner = delegate(org, OGLIO_PO);
    String id = put(owner, survey, save(null, complete())).statusCode(200).extract().path("id");
    String other = delegate(registerOrganization(office, "APS"), OGLIO_PO);

    as(owner)
        .get("/api/v1/survey-responses/" + id)
        .then()
        .statusCode(200)
        .body("organizationId", equalTo(org.toString()));
    as(office).get("/api/v1/survey-responses/" + id).then().statusCode(200);
    as(other).get("/api/v1/survey-responses/" + id).then().statusCode(404);
    as(Tokens.consortium(CREMASCO)).get("/api/v1/survey-responses/" + id).then().statusCode(404);
    as(other).get("/api/v1/surveys/" + survey + "/responses/mine").then().statusCode(404);
    as(other).get("/api/v1/surveys/" + survey + "/responses").then().statusCode(403);
    as(Tokens.consortium(CREMASCO))
        .get("/api/v1/surveys/" + survey + "/responses")
        .then()
        .statusCode(403);

    // an organisation of another ambito is not asked to answer
    String cremasco = Tokens.consortium(CREMASCO);
    UUID elsewhere = organizationIn(cremasco, CREMASCO, "APS", null);
    as(delegate(elsewhere, CREMASCO))
        .get("/api/v1/surveys/" + survey + "/responses/mine")
        .then()
        .statusCode(403)
        .body("type", equalTo(PROBLEM + "organization-not-in-district"));

    // a survey still in draft does not exist for the organisations
    UUID draft = survey(office, OGLIO_PO, null);
    put(owner, draft, save(null, complete())).statusCode(404);

    as(office)
        .get("/api/v1/surveys/" + survey + "/responses?status=DRAFT")
        .then()
        .statusCode(200)
        .body("total", equalTo(1))
        .body("items[0].id", equalTo(id))
        .body("items[0].organizationName", notNullValue());
    as(office)
        .get("/api/v1/surveys/" + survey + "/responses?status=SUBMITTED")
        .then()
        .statusCode(200)
        .body("total", equalTo(0));
  }

  @Test
  void theCompletionCountsWhoAnsweredByKindAndSubdistrict() {
    String cremonese = Tokens.consortium(CREMONESE);
    UUID survey = survey(cremonese, CREMONESE, Instant.now().plus(Duration.ofDays(5)));
    var before = completion(cremonese, survey);
    UUID submitted = organizationIn(cremonese, CREMONESE, "SOCIAL_COOPERATIVE", null);
    UUID drafting = organizationIn(cremonese, CREMONESE, "SOCIAL_COOPERATIVE", null);
    UUID silent = organizationIn(cremonese, CREMONESE, "MUNICIPALITY", null);
    organizationIn(cremonese, CREMONESE, "CONSORTIUM", null);

    // Cremonese has no sub-ambiti: answers for none
    Map<String, Object> body = save(null, complete());
    body.put("subdistrictId", null);
    put(delegate(submitted, CREMONESE), survey, body).statusCode(200);
    submit(delegate(submitted, CREMONESE), survey, 0).statusCode(200);
    put(
            delegate(drafting, CREMONESE),
            survey,
            save(null, Map.of("name", "Bozza")).entrySet().stream()
                .filter(e -> !e.getKey().equals("subdistrictId"))
                .collect(HashMap::new, (m, e) -> m.put(e.getKey(), e.getValue()), HashMap::putAll))
        .statusCode(200);

    var after = completion(cremonese, survey);
    assertThat(after.getLong("total.expected")).isEqualTo(before.getLong("total.expected") + 3);
    assertThat(after.getLong("total.submitted")).isEqualTo(1);
    assertThat(after.getLong("total.draft")).isEqualTo(1);
    assertThat(after.getLong("total.notStarted")).isEqualTo(after.getLong("total.expected") - 2);
    Map<String, Object> coops = kind(after, "SOCIAL_COOPERATIVE");
    Map<String, Object> coopsBefore = kind(before, "SOCIAL_COOPERATIVE");
    long coopsBeforeExpected =
        coopsBefore == null ? 0 : ((Number) coopsBefore.get("expected")).longValue();
    assertThat(((Number) coops.get("expected")).longValue()).isEqualTo(coopsBeforeExpected + 2);
    assertThat(((Number) coops.get("submitted")).longValue()).isEqualTo(1);
    assertThat(((Number) coops.get("draft")).longValue()).isEqualTo(1);
    assertThat(after.getList("byKind.kind", String.class)).doesNotContain("CONSORTIUM");
    assertThat(after.getList("bySubdistrict", Map.class))
        .singleElement()
        .satisfies(s -> assertThat(s.get("subdistrictId")).isNull());
    List<String> pending = after.getList("pending.items.organizationId", String.class);
    assertThat(pending)
        .contains(drafting.toString(), silent.toString())
        .doesNotContain(submitted.toString());
    assertThat(after.getLong("pending.total")).isEqualTo(after.getLong("total.expected") - 1);
    as(delegate(silent, CREMONESE))
        .get("/api/v1/surveys/" + survey + "/completion")
        .then()
        .statusCode(403);
  }

  @Test
  void theSubdistrictBreakdownFollowsTheResponses() {
    UUID survey = survey();
    put(delegate(registerOrganization(office, "APS"), OGLIO_PO), survey, save(null, complete()))
        .statusCode(200);
    var c = completion(office, survey);
    List<Map> rows = c.getList("bySubdistrict", Map.class);
    assertThat(rows)
        .anySatisfy(
            r -> {
              assertThat(r.get("subdistrictId")).isEqualTo(CASALASCO);
              assertThat(r.get("subdistrictName")).isEqualTo("Casalasco");
              assertThat(((Map<?, ?>) r.get("counts")).get("draft")).isEqualTo(1);
            });
    long sum =
        rows.stream()
            .mapToLong(r -> ((Number) ((Map<?, ?>) r.get("counts")).get("expected")).longValue())
            .sum();
    assertThat(sum).isEqualTo(c.getLong("total.expected"));
  }

  @Test
  void remindersReachThoseWhoHaveNotSubmittedOnceADay() throws Exception {
    String cremonese = Tokens.consortium(CREMONESE);
    UUID survey = survey(cremonese, CREMONESE, Instant.now().plus(Duration.ofDays(1)));
    String doneMail = "fatto." + UUID.randomUUID() + "@example.org";
    String draftMail = "bozza." + UUID.randomUUID() + "@example.org";
    UUID done = organizationIn(cremonese, CREMONESE, "APS", doneMail);
    UUID drafting = organizationIn(cremonese, CREMONESE, "ODV", draftMail);
    organizationIn(cremonese, CREMONESE, "ODV", null);
    Map<String, Object> body = save(null, complete());
    body.put("subdistrictId", null);
    put(delegate(done, CREMONESE), survey, body).statusCode(200);
    submit(delegate(done, CREMONESE), survey, 0).statusCode(200);
    body.put("answers", Map.of("name", "In corso"));
    put(delegate(drafting, CREMONESE), survey, body).statusCode(200);

    var first =
        as(cremonese)
            .post("/api/v1/surveys/" + survey + "/reminders")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(first.getInt("queued")).isGreaterThanOrEqualTo(1);
    assertThat(first.getInt("withoutEmail")).isGreaterThanOrEqualTo(1);
    as(cremonese)
        .post("/api/v1/surveys/" + survey + "/reminders")
        .then()
        .statusCode(200)
        .body("queued", equalTo(0))
        .body(
            "alreadyRemindedToday",
            equalTo(first.getInt("queued") + first.getInt("alreadyRemindedToday")));
    as(delegate(drafting, CREMONESE))
        .post("/api/v1/surveys/" + survey + "/reminders")
        .then()
        .statusCode(403);

    // the automatic one, 48 h before the deadline, goes once per deadline
    assertThat(service.queueDeadlineReminders(Timestamps.now(), Duration.ofHours(48)))
        .isGreaterThanOrEqualTo(1);
    service.queueDeadlineReminders(Timestamps.now(), Duration.ofHours(48));
    assertThat(
            count(
                "select count(*) from notification_outbox where subject_id = ?1"
                    + " and kind = 'SURVEY_REMINDER' and recipient = '"
                    + draftMail
                    + "'",
                survey))
        .isEqualTo(2);

    delivery.deliverDue(Timestamps.now());
    List<String> toDraft = new ArrayList<>();
    boolean toDone = false;
    for (MimeMessage m : greenMail.getReceivedMessages()) {
      String to = ((InternetAddress) m.getAllRecipients()[0]).getAddress();
      if (to.equalsIgnoreCase(draftMail)) {
        toDraft.add(m.getSubject() + "\n" + m.getContent());
      }
      toDone |= to.equalsIgnoreCase(doneMail);
    }
    assertThat(toDone).isFalse();
    assertThat(toDraft)
        .hasSize(2)
        .allSatisfy(
            m ->
                assertThat(m)
                    .startsWith("Promemoria: la scheda di rilevazione")
                    .contains("/surveys/" + survey + "/respond"));

    // after the deadline there is nothing left to remind
    Surveys.setDeadline(survey, Instant.now().minusSeconds(5));
    as(cremonese)
        .post("/api/v1/surveys/" + survey + "/reminders")
        .then()
        .statusCode(422)
        .body("type", equalTo(PROBLEM + "survey-closed"));
  }

  // --- helpers -------------------------------------------------------------------------------

  static io.restassured.path.json.JsonPath completion(String token, UUID survey) {
    return as(token)
        .get("/api/v1/surveys/" + survey + "/completion?limit=100")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> kind(io.restassured.path.json.JsonPath c, String kind) {
    return c.getList("byKind", Map.class).stream()
        .filter(k -> kind.equals(k.get("kind")))
        .map(k -> (Map<String, Object>) k.get("counts"))
        .findFirst()
        .orElse(null);
  }

  static UUID organizationIn(String token, UUID district, String kind, String email) {
    Map<String, Object> body = new HashMap<>();
    body.put("name", kind + " " + UUID.randomUUID());
    body.put("taxCode", taxCode());
    body.put("kind", kind);
    body.put("districtIds", List.of(district));
    if (email != null) {
      body.put("email", email);
    }
    return UUID.fromString(
        as(token)
            .body(body)
            .post("/api/v1/organizations")
            .then()
            .statusCode(201)
            .extract()
            .path("id"));
  }

  long count(String sql, UUID id) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                ((Number) db.createNativeQuery(sql).setParameter(1, id).getSingleResult())
                    .longValue());
  }

  @SuppressWarnings("unchecked")
  List<Object[]> rows(UUID responseId) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                (List<Object[]>)
                    db.createNativeQuery(
                            "select question_key, item_key, ordinal, option_key, number_value, text_value,"
                                + " cast(date_value as text) from survey_answers where response_id = ?1")
                        .setParameter(1, responseId)
                        .getResultList());
  }

  static String num(Object n) {
    return n == null
        ? "null"
        : new java.math.BigDecimal(n.toString()).stripTrailingZeros().toPlainString();
  }
}
