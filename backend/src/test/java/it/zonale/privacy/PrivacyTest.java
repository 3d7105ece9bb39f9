package it.zonale.privacy;

import static it.zonale.support.Tokens.CREMASCO;
import static it.zonale.support.Tokens.OGLIO_PO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.smallrye.jwt.build.Jwt;
import it.zonale.support.ApiTest;
import it.zonale.support.Tokens;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Export, erasure and retention of personal data (docs/privacy.md), on real PostgreSQL. */
@QuarkusTest
class PrivacyTest extends ApiTest {
  final String office = Tokens.consortium(OGLIO_PO);

  @Inject EntityManager em;
  @Inject RetentionService retention;

  /** A name and an e-mail no other test uses, so that a scan of every table finds only them. */
  record Person(String id, String name, String email) {}

  Person newPerson(UUID organizationId) {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    String name = "Ermenegilda Zappacosta " + tag;
    String email = "ermenegilda." + tag + "@example.org";
    String id =
        as(office)
            .body(
                Map.of(
                    "organizationId",
                    organizationId,
                    "fullName",
                    name,
                    "organizationRole",
                    "volontaria",
                    "email",
                    email))
            .post("/api/v1/participants")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    return new Person(id, name, email);
  }

  Map<String, Object> session(Map<String, Object> plan, int inDays) {
    int next = Year.now().getValue() + 1;
    return as(office)
        .body(
            Map.of(
                "kind",
                "PLENARY",
                "title",
                "Plenaria",
                "startsAt",
                daysFromNow(inDays),
                "endsAt",
                daysFromNow(inDays + 1),
                "mode",
                "IN_PERSON",
                "place",
                "Casalmaggiore " + next))
        .post("/api/v1/plans/" + plan.get("id") + "/sessions")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getMap("");
  }

  void register(Object sessionId, String personId) {
    as(office)
        .body(Map.of("participantId", personId))
        .post("/api/v1/sessions/" + sessionId + "/participants")
        .then()
        .statusCode(201);
  }

  ErasureScan scan(String... texts) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              @SuppressWarnings("unchecked")
              List<String> tables =
                  em.createNativeQuery(
                          "select table_name from information_schema.tables where table_schema ="
                              + " 'public' and table_type = 'BASE TABLE' and table_name <>"
                              + " 'flyway_schema_history' order by 1")
                      .getResultList();
              List<String> found = new ArrayList<>();
              for (String table : tables) {
                for (String text : texts) {
                  Number n =
                      (Number)
                          em.createNativeQuery(
                                  "select count(*) from "
                                      + table
                                      + " x where strpos(lower(x::text), lower(?1)) > 0")
                              .setParameter(1, text)
                              .getSingleResult();
                  if (n.longValue() > 0) {
                    found.add(table + " contains " + text + " (" + n + " rows)");
                  }
                }
              }
              return new ErasureScan(tables.size(), found);
            });
  }

  record ErasureScan(int tables, List<String> found) {}

  @Test
  void erasurePseudonymisesThePersonEverywhereAndKeepsTheRecord() {
    UUID coop = registerOrganization(office, "SOCIAL_COOPERATIVE");
    var plan = publish(office, createPlan(office, OGLIO_PO, policyAreaIds(1)));
    Object sessionId = session(plan, 10).get("id");
    Person p = newPerson(coop);
    Person other = newPerson(coop);
    register(sessionId, p.id());
    register(sessionId, other.id());
    startedAnHourAgo(sessionId);
    for (Person who : List.of(p, other)) {
      as(office)
          .body(Map.of("attended", true))
          .put("/api/v1/sessions/" + sessionId + "/participants/" + who.id() + "/attendance")
          .then()
          .statusCode(200);
    }
    markHeld(office, sessionId);
    String minutesUrl = "/api/v1/sessions/" + sessionId + "/minutes";
    int version =
        as(office)
            .body(
                Map.of(
                    "body",
                    "Presenti: "
                        + p.name()
                        + ", "
                        + other.name()
                        + ". "
                        + p.name()
                        + " interviene.",
                    "version",
                    0))
            .put(minutesUrl)
            .then()
            .statusCode(200)
            .extract()
            .path("version");
    as(office)
        .body(Map.of("version", version))
        .post(minutesUrl + "/approval")
        .then()
        .statusCode(200);
    // an update names the person in the audit log too
    assertThat(scan(p.name()).found()).isNotEmpty();
    assertThat(scan(p.email()).found()).isNotEmpty();

    JsonPath erasure =
        as(office)
            .body(Map.of("reason", "Richiesta di " + p.name() + ", prot. 1234"))
            .post("/api/v1/participants/" + p.id() + "/erasure")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    String pseudonym = erasure.getString("pseudonym");
    assertThat(pseudonym).startsWith("Persona rimossa n. ");
    assertThat(erasure.getString("reason")).isEqualTo("Richiesta di " + pseudonym + ", prot. 1234");

    ErasureScan after = scan(p.name(), p.email());
    assertThat(after.tables()).isGreaterThan(30);
    assertThat(after.found()).isEmpty();
    // the other person is untouched
    assertThat(scan(other.name()).found()).isNotEmpty();

    // the record stays: registration, attendance, approved minutes under the pseudonym
    as(office)
        .get("/api/v1/participants/" + p.id())
        .then()
        .statusCode(200)
        .body("fullName", equalTo(pseudonym))
        .body("email", nullValue());
    as(office)
        .get(minutesUrl)
        .then()
        .statusCode(200)
        .body("status", equalTo("APPROVED"))
        .body(
            "body",
            equalTo(
                "Presenti: "
                    + pseudonym
                    + ", "
                    + other.name()
                    + ". "
                    + pseudonym
                    + " interviene."));
    as(office)
        .get("/api/v1/sessions/" + sessionId + "/participants")
        .then()
        .statusCode(200)
        .body("items.fullName", hasItem(pseudonym))
        .body("items.attended", equalTo(List.of(true, true)));

    // the session's exports still work, with the pseudonym and no e-mail
    for (String format : List.of("CSV", "XLSX")) {
      as(office)
          .accept("*/*")
          .get("/api/v1/sessions/" + sessionId + "/participants/export?format=" + format)
          .then()
          .statusCode(200);
    }
    assertThat(
            as(office)
                .accept("*/*")
                .get("/api/v1/sessions/" + sessionId + "/participants/export?format=CSV")
                .then()
                .extract()
                .asString())
        .contains(";" + pseudonym + ";");

    // idempotent: the same erasure again
    as(office)
        .body(Map.of("reason", "di nuovo"))
        .post("/api/v1/participants/" + p.id() + "/erasure")
        .then()
        .statusCode(200)
        .body("id", equalTo(erasure.getString("id")))
        .body("pseudonym", equalTo(pseudonym));
    // and the record can no longer change
    as(office)
        .body(Map.of("fullName", p.name(), "email", p.email(), "version", 5))
        .put("/api/v1/participants/" + p.id())
        .then()
        .statusCode(422)
        .body("type", equalTo(PROBLEM + "participant-erased"));
    // the erasure is audited, with the pseudonym only
    as(office)
        .get("/api/v1/districts/" + OGLIO_PO + "/audit-entries?limit=100")
        .then()
        .statusCode(200)
        .body("items.action", hasItem("ERASURE"));
  }

  @Test
  void aPersonHoldingASeatAtAComingSessionIsNotErased() {
    UUID coop = registerOrganization(office, "ODV");
    var plan = publish(office, createPlan(office, OGLIO_PO, policyAreaIds(1)));
    Object sessionId = session(plan, 10).get("id");
    Person p = newPerson(coop);
    register(sessionId, p.id());
    as(office)
        .body(Map.of("reason", "Richiesta dell'interessata"))
        .post("/api/v1/participants/" + p.id() + "/erasure")
        .then()
        .statusCode(422)
        .body("type", equalTo(PROBLEM + "person-has-upcoming-registrations"));
    as(office)
        .body(Map.of("reason", " "))
        .post("/api/v1/participants/" + p.id() + "/erasure")
        .then()
        .statusCode(400);
  }

  @Test
  void onlyThePlanOfficeOfThePersonsAmbitoExportsOrErases() {
    UUID coop = registerOrganization(office, "APS");
    Person p = newPerson(coop);
    String elsewhere = Tokens.consortium(CREMASCO);
    String ets = Tokens.token("delegato-" + coop, "ets", coop, OGLIO_PO);
    as(elsewhere).get("/api/v1/participants/" + p.id() + "/personal-data").then().statusCode(404);
    as(elsewhere)
        .body(Map.of("reason", "x"))
        .post("/api/v1/participants/" + p.id() + "/erasure")
        .then()
        .statusCode(404);
    as(ets).get("/api/v1/participants/" + p.id() + "/personal-data").then().statusCode(403);
    as(ets)
        .body(Map.of("reason", "x"))
        .post("/api/v1/participants/" + p.id() + "/erasure")
        .then()
        .statusCode(403);
    assertThat(scan(p.name()).found()).anyMatch(f -> f.startsWith("participants "));
  }

  @Test
  void thePlanOfficeExportsAPersonsDataAndTheReadingIsAudited() {
    UUID coop = registerOrganization(office, "SOCIAL_COOPERATIVE");
    var plan = publish(office, createPlan(office, OGLIO_PO, policyAreaIds(1)));
    Object sessionId = session(plan, 10).get("id");
    Person p = newPerson(coop);
    register(sessionId, p.id());
    JsonPath data =
        as(office)
            .get("/api/v1/participants/" + p.id() + "/personal-data")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(data.getString("person.fullName")).isEqualTo(p.name());
    assertThat(data.getString("person.email")).isEqualTo(p.email());
    assertThat(data.getList("person.registrations.sessionId")).containsExactly(sessionId);
    assertThat(data.getList("mails.kind")).contains("REGISTRATION_CONFIRMED");
    assertThat(data.getList("auditEntries.action")).contains("CREATE");
    assertThat(data.getBoolean("auditEntriesTruncated")).isFalse();
    assertThat(data.getString("erasure")).isNull();
    as(office)
        .get("/api/v1/participants/" + p.id() + "/personal-data")
        .then()
        .statusCode(200)
        .body("auditEntries.action", hasItem("PERSONAL_DATA_EXPORT"));
  }

  @Test
  void aSignedInPersonDownloadsWhatZonaleHoldsAboutThem() {
    UUID coop = registerOrganization(office, "ODV");
    Person p = newPerson(coop);
    String token =
        Jwt.claims()
            .issuer(Tokens.ISSUER)
            .audience("zonale-api")
            .subject(UUID.randomUUID().toString())
            .preferredUserName("ermenegilda")
            .claim("email", p.email().toUpperCase())
            .claim("email_verified", true)
            .claim("realm_access", Map.of("roles", List.of("ets")))
            .claim("district_ids", List.of(OGLIO_PO.toString()))
            .claim("organization_id", coop.toString())
            .expiresIn(600)
            .jws()
            .keyId("1")
            .sign("privateKey.jwk");
    // an action of theirs, for the audit part
    as(token)
        .body(
            Map.of(
                "organizationId", coop, "fullName", "Collega di prova", "email", "c@example.org"))
        .post("/api/v1/participants")
        .then()
        .statusCode(201);
    JsonPath mine =
        as(token).get("/api/v1/me/personal-data").then().statusCode(200).extract().jsonPath();
    assertThat(mine.getString("account.username")).isEqualTo("ermenegilda");
    assertThat(mine.getString("account.email")).isEqualToIgnoringCase(p.email());
    assertThat(mine.getList("participants.id")).containsExactly(p.id());
    assertThat(mine.getList("auditEntries.resourceType")).containsExactly("participant");
    assertThat(mine.getList("mails")).isEmpty();
    anonymous().get("/api/v1/me/personal-data").then().statusCode(401);
    // without an e-mail in the token: the account and the actions only
    as(Tokens.withRole("comune", OGLIO_PO))
        .get("/api/v1/me/personal-data")
        .then()
        .statusCode(200)
        .body("participants", equalTo(List.of()))
        .body("account.email", nullValue());
  }

  @Test
  void theRetentionJobDeletesOldAuditEntriesAndPseudonymisesInactivePeople() {
    UUID coop = registerOrganization(office, "ODV");
    Person old = newPerson(coop);
    Person recent = newPerson(coop);
    String marker = "retention-" + UUID.randomUUID();
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              em.createNativeQuery(
                      "insert into audit_log (occurred_at, actor_id, actor_name, action,"
                          + " resource_type, resource_id) values (now() - interval '11 years',"
                          + " 'x', ?1, 'UPDATE', 'plan', 'p'), (now() - interval '9 years', 'x',"
                          + " ?1, 'UPDATE', 'plan', 'p')")
                  .setParameter(1, marker)
                  .executeUpdate();
              em.createNativeQuery(
                      "update participants set created_at = now() - interval '6 years' where id ="
                          + " ?1")
                  .setParameter(1, UUID.fromString(old.id()))
                  .executeUpdate();
            });

    var outcome = retention.apply(Instant.now());

    assertThat(outcome.ran()).isTrue();
    assertThat(outcome.auditEntriesDeleted()).isGreaterThanOrEqualTo(1);
    assertThat(outcome.participantsErased()).isGreaterThanOrEqualTo(1);
    Number left =
        (Number)
            em.createNativeQuery("select count(*) from audit_log where actor_name = ?1")
                .setParameter(1, marker)
                .getSingleResult();
    assertThat(left.intValue()).isEqualTo(1);
    assertThat(scan(old.name(), old.email()).found()).isEmpty();
    assertThat(scan(recent.name()).found()).isNotEmpty();
    as(office)
        .get("/api/v1/participants/" + old.id() + "/personal-data")
        .then()
        .statusCode(200)
        .body("erasure.requestedBy", equalTo("retention"))
        .body("person.email", nullValue());
    // the audit log stays append-only outside these two paths
    assertThat(
            org.junit.jupiter.api.Assertions.assertThrows(
                Exception.class,
                () ->
                    QuarkusTransaction.requiringNew()
                        .run(
                            () ->
                                em.createNativeQuery("delete from audit_log where actor_name = ?1")
                                    .setParameter(1, marker)
                                    .executeUpdate())))
        .isNotNull();
  }
}
