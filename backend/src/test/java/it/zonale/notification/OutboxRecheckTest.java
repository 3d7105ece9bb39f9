package it.zonale.notification;

import static it.zonale.support.Tokens.OGLIO_PO;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import it.zonale.shared.persistence.Timestamps;
import it.zonale.support.ApiTest;
import it.zonale.support.InjectGreenMail;
import it.zonale.support.Surveys;
import it.zonale.support.Tokens;
import jakarta.inject.Inject;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The sender checks what a mail announces right before sending it: a seat confirmed to someone who
 * cancelled in the meantime is not sent but marked skipped with the reason, on a real PostgreSQL
 * and a real SMTP server (GreenMail), also under concurrent cancellations.
 */
@QuarkusTest
class OutboxRecheckTest extends ApiTest {
  final String office = Tokens.consortium(OGLIO_PO);

  @InjectGreenMail GreenMail greenMail;

  @Inject DeliveryService delivery;

  @Inject ReminderService reminders;

  @Inject EntityManager db;

  /** As in NotificationTest: mails queued by other test classes are set aside. */
  @BeforeEach
  void setAsideOtherTestsMail() {
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                db.createNativeQuery(
                        "update notification_outbox set failed_at = now(), last_error = 'set aside"
                            + " by OutboxRecheckTest' where sent_at is null and failed_at is null"
                            + " and skipped_at is null")
                    .executeUpdate());
  }

  /** One row of the outbox, as an operator would query it. */
  record Row(String kind, String subjectId, boolean sent, String skipReason) {}

  List<Row> outboxTo(String email) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              @SuppressWarnings("unchecked")
              List<Object[]> rows =
                  db.createNativeQuery(
                          "select kind, cast(subject_id as text), sent_at is not null, skip_reason"
                              + " from notification_outbox where lower(recipient) = lower(?1)"
                              + " order by created_at, id")
                      .setParameter(1, email)
                      .getResultList();
              return rows.stream()
                  .map(r -> new Row((String) r[0], (String) r[1], (Boolean) r[2], (String) r[3]))
                  .toList();
            });
  }

  List<String> subjectsTo(String email) {
    List<String> subjects = new ArrayList<>();
    try {
      for (MimeMessage message : greenMail.getReceivedMessages()) {
        Address[] to = message.getAllRecipients();
        if (to != null
            && List.of(to).stream()
                .anyMatch(a -> ((InternetAddress) a).getAddress().equalsIgnoreCase(email))) {
          subjects.add(message.getSubject());
        }
      }
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
    return subjects;
  }

  void deliver() {
    delivery.deliverDue(Timestamps.now());
  }

  static String email(String who) {
    return who + "." + UUID.randomUUID() + "@example.org";
  }

  String delegateOf(UUID organizationId) {
    return Tokens.token("delegato-" + organizationId, "ets", organizationId, OGLIO_PO);
  }

  String person(String delegate, UUID organizationId, String name, String email) {
    return as(delegate)
        .body(Map.of("organizationId", organizationId, "fullName", name, "email", email))
        .post("/api/v1/participants")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  Map<String, Object> session(Duration fromNow, int capacity) {
    var plan = publish(office, createPlan(office, OGLIO_PO, policyAreaIds(1)));
    OffsetDateTime start =
        OffsetDateTime.now(ZoneId.of("Europe/Rome")).plus(fromNow).truncatedTo(ChronoUnit.MINUTES);
    Map<String, Object> body = new HashMap<>();
    body.put("kind", "PLENARY");
    body.put("title", "Plenaria " + UUID.randomUUID().toString().substring(0, 8));
    body.put("startsAt", start.toString());
    body.put("endsAt", start.plusHours(2).toString());
    body.put("mode", "IN_PERSON");
    body.put("place", "Sala consiliare, Casalmaggiore");
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

  String register(String delegate, Object sessionId, String participantId) {
    return as(delegate)
        .body(Map.of("participantId", participantId))
        .post("/api/v1/sessions/" + sessionId + "/participants")
        .then()
        .statusCode(201)
        .extract()
        .path("status");
  }

  void cancel(String delegate, Object sessionId, String participantId) {
    as(delegate)
        .delete("/api/v1/sessions/" + sessionId + "/participants/" + participantId)
        .then()
        .statusCode(204);
  }

  static boolean seatConfirmed(String subject) {
    return subject.startsWith("Iscrizione confermata: ")
        || subject.startsWith("Posto confermato: ");
  }

  /**
   * A new kind of mail is a decision: either it declares its check, or it reports a fact that stays
   * true.
   */
  @Test
  void everyKindOfMailIsEitherCheckedBeforeSendingOrAFactThatStaysTrue() {
    assertThat(java.util.EnumSet.complementOf(java.util.EnumSet.copyOf(delivery.checkedKinds())))
        .containsExactlyInAnyOrder(
            NotificationKind.CALL_OPENED,
            NotificationKind.EXPRESSION_OF_INTEREST_RECEIVED,
            NotificationKind.EXPRESSION_OF_INTEREST_ADMITTED,
            NotificationKind.EXPRESSION_OF_INTEREST_REJECTED,
            NotificationKind.SESSION_CANCELLED);
  }

  UUID organizationWithMail(String kind, String mail) {
    return UUID.fromString(
        as(office)
            .body(
                Map.of(
                    "name",
                    kind + " " + UUID.randomUUID(),
                    "taxCode",
                    taxCode(),
                    "kind",
                    kind,
                    "email",
                    mail,
                    "districtIds",
                    List.of(OGLIO_PO)))
            .post("/api/v1/organizations")
            .then()
            .statusCode(201)
            .extract()
            .path("id"));
  }

  /** A published survey of a new plan of the office, due in ten days. */
  UUID openSurvey() {
    var plan = publish(office, createPlan(office, OGLIO_PO, policyAreaIds(1)));
    return Surveys.insert(plan.get("id"), OGLIO_PO, Instant.now().plus(Duration.ofDays(10)));
  }

  void remindAll(UUID survey) {
    as(office).post("/api/v1/surveys/" + survey + "/reminders").then().statusCode(200);
  }

  /** The survey's reminder to this address, as the outbox holds it. */
  Row surveyReminderTo(String mail, UUID survey) {
    return outboxTo(mail).stream()
        .filter(row -> row.kind().equals("SURVEY_REMINDER"))
        .filter(row -> row.subjectId().equals(survey.toString()))
        .reduce(
            (a, b) -> {
              throw new AssertionError("two reminders of one survey to " + mail);
            })
        .orElseThrow(() -> new AssertionError("no reminder of the survey to " + mail));
  }

  @Test
  void aSurveysReminderIsNotSentToAnOrganisationThatSubmittedAfterItWasQueued() {
    String doneMail = email("submitted");
    String pendingMail = email("pending");
    UUID done = organizationWithMail("APS", doneMail);
    organizationWithMail("ODV", pendingMail);
    UUID survey = openSurvey();
    remindAll(survey);

    String delegate = delegateOf(done);
    Map<String, Object> answers =
        Map.of(
            "name",
            "APS Il Ponte",
            "volunteers",
            7,
            "area",
            "anziani",
            "needs",
            Map.of("casa", "alto", "lavoro", "basso"));
    Map<String, Object> save = new HashMap<>();
    save.put("version", null);
    // why: Oglio Po has sub-ambiti, so a submitted response names one (Casalasco)
    save.put("subdistrictId", "5d000000-0000-4000-8000-000000000031");
    save.put("answers", answers);
    as(delegate)
        .body(save)
        .put("/api/v1/surveys/" + survey + "/responses/mine")
        .then()
        .statusCode(200);
    as(delegate)
        .body(Map.of("version", 0))
        .post("/api/v1/surveys/" + survey + "/responses/mine/submit")
        .then()
        .statusCode(200);
    deliver();

    Row skipped = surveyReminderTo(doneMail, survey);
    assertThat(skipped.sent()).isFalse();
    assertThat(skipped.skipReason()).startsWith("survey-answered:");
    assertThat(subjectsTo(doneMail)).isEmpty();
    Row sent = surveyReminderTo(pendingMail, survey);
    assertThat(sent.sent()).isTrue();
    assertThat(sent.skipReason()).isNull();
    assertThat(subjectsTo(pendingMail))
        .singleElement()
        .satisfies(subject -> assertThat(subject).startsWith("Promemoria: la scheda"));
  }

  @Test
  void aSurveysReminderIsNotSentOnceTheSurveyIsClosedOrItsDeadlinePassedOrMoved() {
    String mail = email("reminded");
    organizationWithMail("SOCIAL_COOPERATIVE", mail);
    UUID closed = openSurvey();
    UUID expired = openSurvey();
    UUID moved = openSurvey();
    remindAll(closed);
    remindAll(expired);
    remindAll(moved);

    Surveys.close(closed);
    Surveys.setDeadline(expired, Instant.now().minusSeconds(5));
    Surveys.setDeadline(moved, Instant.now().plus(Duration.ofDays(20)));
    deliver();

    assertThat(surveyReminderTo(mail, closed).skipReason()).startsWith("survey-closed:");
    assertThat(surveyReminderTo(mail, expired).skipReason()).startsWith("survey-deadline-passed:");
    assertThat(surveyReminderTo(mail, moved).skipReason()).startsWith("survey-deadline-moved:");
    assertThat(subjectsTo(mail)).noneMatch(subject -> subject.startsWith("Promemoria"));
  }

  @Test
  void aSeatConfirmedToSomeoneWhoCancelledSinceIsSkippedWithItsReasonAndAValidOneIsSent() {
    UUID coop = registerOrganization(office, "SOCIAL_COOPERATIVE");
    String delegate = delegateOf(coop);
    String goneMail = email("gone");
    String keptMail = email("kept");
    String gone = person(delegate, coop, "Marta Gatti", goneMail);
    String kept = person(delegate, coop, "Carlo Fonti", keptMail);
    var session = session(Duration.ofDays(30), 5);
    assertThat(register(delegate, session.get("id"), gone)).isEqualTo("REGISTERED");
    assertThat(register(delegate, session.get("id"), kept)).isEqualTo("REGISTERED");

    cancel(delegate, session.get("id"), gone);
    deliver();

    assertThat(subjectsTo(goneMail)).isEmpty();
    assertThat(outboxTo(goneMail))
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row.kind()).isEqualTo("REGISTRATION_CONFIRMED");
              assertThat(row.sent()).isFalse();
              assertThat(row.skipReason())
                  .startsWith("registration-cancelled:")
                  .contains("now CANCELLED");
            });
    assertThat(subjectsTo(keptMail))
        .containsExactly("Iscrizione confermata: " + session.get("title"));
    assertThat(outboxTo(keptMail))
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row.sent()).isTrue();
              assertThat(row.skipReason()).isNull();
            });

    // a later run sends nothing more: the skipped row is not due again
    int total = greenMail.getReceivedMessages().length;
    delivery.deliverDue(Timestamps.now().plus(Duration.ofDays(1)));
    assertThat(greenMail.getReceivedMessages()).hasSize(total);
  }

  @Test
  void cancellingAndRegisteringAgainSendsOneConfirmationForTheRegistrationThatStands() {
    UUID coop = registerOrganization(office, "APS");
    String delegate = delegateOf(coop);
    String mail = email("again");
    String person = person(delegate, coop, "Nadia Ricci", mail);
    var session = session(Duration.ofDays(30), 5);
    register(delegate, session.get("id"), person);
    cancel(delegate, session.get("id"), person);
    register(delegate, session.get("id"), person);

    deliver();

    assertThat(subjectsTo(mail)).containsExactly("Iscrizione confermata: " + session.get("title"));
    assertThat(outboxTo(mail))
        .extracting(Row::skipReason)
        .filteredOn(reason -> reason != null)
        .singleElement()
        .satisfies(reason -> assertThat(reason).startsWith("registration-renewed:"));
  }

  @Test
  void aPlaceInLineIsNotAnnouncedToSomeoneWhoGotTheSeatMeanwhile() {
    UUID coop = registerOrganization(office, "ODV");
    String delegate = delegateOf(coop);
    String seated = person(delegate, coop, "Ada Russo", email("seated"));
    String waitingMail = email("waiting");
    String waiting = person(delegate, coop, "Ennio Villa", waitingMail);
    var session = session(Duration.ofDays(30), 1);
    register(delegate, session.get("id"), seated);
    assertThat(register(delegate, session.get("id"), waiting)).isEqualTo("WAITLISTED");
    cancel(delegate, session.get("id"), seated);

    deliver();

    assertThat(subjectsTo(waitingMail))
        .containsExactly("Posto confermato: " + session.get("title"));
    assertThat(outboxTo(waitingMail))
        .filteredOn(row -> row.kind().equals("REGISTRATION_WAITLISTED"))
        .singleElement()
        .satisfies(row -> assertThat(row.skipReason()).startsWith("registration-registered:"));
  }

  @Test
  void aReminderIsNotSentToSomeoneWhoCancelledAfterItWasQueued() {
    UUID coop = registerOrganization(office, "APS");
    String delegate = delegateOf(coop);
    String leftMail = email("left");
    String stayedMail = email("stayed");
    String left = person(delegate, coop, "Lia Serra", leftMail);
    String stayed = person(delegate, coop, "Pio Marini", stayedMail);
    var session = session(Duration.ofHours(30), 10);
    register(delegate, session.get("id"), left);
    register(delegate, session.get("id"), stayed);
    deliver();
    reminders.queueReminders(Timestamps.now());

    cancel(delegate, session.get("id"), left);
    deliver();

    assertThat(subjectsTo(leftMail)).noneMatch(s -> s.startsWith("Promemoria"));
    assertThat(outboxTo(leftMail))
        .filteredOn(row -> row.kind().equals("SESSION_REMINDER"))
        .singleElement()
        .satisfies(row -> assertThat(row.skipReason()).startsWith("registration-cancelled:"));
    assertThat(subjectsTo(stayedMail)).anyMatch(s -> s.startsWith("Promemoria"));
  }

  @Test
  void aCallsReminderIsNotSentToAnOrganisationThatAnsweredAfterItWasQueued() {
    String mail = email("late");
    UUID org =
        UUID.fromString(
            as(office)
                .body(
                    Map.of(
                        "name",
                        "APS " + UUID.randomUUID(),
                        "taxCode",
                        taxCode(),
                        "kind",
                        "APS",
                        "email",
                        mail,
                        "districtIds",
                        List.of(OGLIO_PO)))
                .post("/api/v1/organizations")
                .then()
                .statusCode(201)
                .extract()
                .path("id"));
    List<String> areas = policyAreaIds(1);
    var plan = publish(office, createPlan(office, OGLIO_PO, areas));
    var table = createTable(office, plan.get("id"), areas);
    var call = openCall(office, plan.get("id"), daysFromNow(1), List.of(table.get("id")));
    reminders.queueReminders(Timestamps.now());

    String delegate = delegateOf(org);
    String titular = person(delegate, org, "Ugo Sala", email("ugo"));
    String eoi =
        as(delegate)
            .body(
                Map.of(
                    "tableChoices",
                    List.of(Map.of("tableId", table.get("id"), "titularParticipantId", titular)),
                    "runtsRegistered",
                    false))
            .post("/api/v1/calls/" + call.get("id") + "/expressions-of-interest")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    as(delegate).post("/api/v1/expressions-of-interest/" + eoi + "/submit").then().statusCode(200);
    deliver();

    // why: calls of other tests due tomorrow remind this organisation too; only this call's counts
    List<Row> reminders =
        outboxTo(mail).stream().filter(row -> row.kind().equals("CALL_DEADLINE_REMINDER")).toList();
    assertThat(reminders)
        .filteredOn(row -> row.subjectId().equals(call.get("id")))
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row.sent()).isFalse();
              assertThat(row.skipReason()).startsWith("call-answered:");
            });
    assertThat(subjectsTo(mail).stream().filter(s -> s.startsWith("Promemoria")))
        .hasSize((int) reminders.stream().filter(Row::sent).count());
  }

  /**
   * The incident: six registrations of a full session with a waitlist cancelled at the same time
   * (three seats and the first three in line), then two senders at once. Every seat-confirmed mail
   * that leaves belongs to a registration that holds its seat when it is sent, nobody who cancelled
   * gets one, and everyone seated gets exactly one.
   */
  @Test
  void sixSimultaneousCancellationsLeaveSeatConfirmationsOnlyForTheSeatsThatStand()
      throws Exception {
    UUID coop = registerOrganization(office, "SOCIAL_COOPERATIVE");
    String delegate = delegateOf(coop);
    int capacity = 6;
    var session = session(Duration.ofDays(30), capacity);
    List<String> ids = new ArrayList<>();
    Map<String, String> mailOf = new HashMap<>();
    for (int i = 0; i < 2 * capacity; i++) {
      String mail = email("p" + i);
      String id = person(delegate, coop, "Persona " + i, mail);
      ids.add(id);
      mailOf.put(id, mail);
      assertThat(register(delegate, session.get("id"), id))
          .isEqualTo(i < capacity ? "REGISTERED" : "WAITLISTED");
    }
    List<String> cancelling =
        List.of(ids.get(0), ids.get(1), ids.get(2), ids.get(6), ids.get(7), ids.get(8));

    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    String base =
        io.restassured.RestAssured.baseURI
            + ":"
            + io.restassured.RestAssured.port
            + "/api/v1/sessions/"
            + session.get("id")
            + "/participants/";
    List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
    for (String id : cancelling) {
      calls.add(
          client.sendAsync(
              HttpRequest.newBuilder(URI.create(base + id))
                  .header("Authorization", "Bearer " + delegate)
                  .DELETE()
                  .build(),
              HttpResponse.BodyHandlers.ofString()));
    }
    for (var call : calls) {
      assertThat(call.get(60, TimeUnit.SECONDS).statusCode()).isEqualTo(204);
    }

    // two replicas deliver at the same moment, then one more run finds nothing left
    Instant now = Timestamps.now();
    CyclicBarrier start = new CyclicBarrier(2);
    Runnable replica =
        () -> {
          try {
            start.await(10, TimeUnit.SECONDS);
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
          delivery.deliverDue(now);
        };
    CompletableFuture.allOf(
            CompletableFuture.runAsync(replica), CompletableFuture.runAsync(replica))
        .get(120, TimeUnit.SECONDS);
    delivery.deliverDue(now);

    Map<String, String> statusOf = new HashMap<>();
    as(office)
        .get("/api/v1/sessions/" + session.get("id") + "/participants?limit=100")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .<Map<String, Object>>getList("items")
        .forEach(r -> statusOf.put((String) r.get("participantId"), (String) r.get("status")));
    assertThat(statusOf.values().stream().filter("REGISTERED"::equals)).hasSize(capacity);

    for (String id : ids) {
      List<String> confirmations =
          subjectsTo(mailOf.get(id)).stream().filter(OutboxRecheckTest::seatConfirmed).toList();
      if (cancelling.contains(id)) {
        assertThat(confirmations).as("seat confirmations to %s, who cancelled", id).isEmpty();
      } else {
        assertThat(statusOf.get(id)).isEqualTo("REGISTERED");
        assertThat(confirmations).as("seat confirmations to %s, who holds a seat", id).hasSize(1);
      }
    }
    // in the database: every seat confirmation sent names a registration that holds its seat
    @SuppressWarnings("unchecked")
    List<Object[]> sent =
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    db.createNativeQuery(
                            "select r.status, o.skip_reason is not null from notification_outbox o"
                                + " join registrations r"
                                + " on r.id = cast(o.announces ->> 'registrationId' as uuid)"
                                + " where r.session_id = ?1 and o.kind in"
                                + " ('REGISTRATION_CONFIRMED', 'REGISTRATION_PROMOTED')"
                                + " and o.sent_at is not null")
                        .setParameter(1, UUID.fromString((String) session.get("id")))
                        .getResultList());
    assertThat(sent).hasSize(capacity).allSatisfy(r -> assertThat(r[0]).isEqualTo("REGISTERED"));
    long skipped =
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    ((Number)
                            db.createNativeQuery(
                                    "select count(*) from notification_outbox o"
                                        + " join registrations r on r.id = o.subject_id"
                                        + " where r.session_id = ?1 and o.skipped_at is not null"
                                        + " and o.skip_reason like 'registration-cancelled:%'")
                                .setParameter(1, UUID.fromString((String) session.get("id")))
                                .getSingleResult())
                        .longValue());
    // at least the three seats confirmed at registration and cancelled before any mail left
    assertThat(skipped).isGreaterThanOrEqualTo(3);
  }
}
