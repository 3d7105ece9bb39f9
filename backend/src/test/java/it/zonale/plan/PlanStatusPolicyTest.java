package it.zonale.plan;

import static it.zonale.support.Tokens.CREMONESE;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import it.zonale.support.ApiTest;
import it.zonale.support.Tokens;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Walks every write of {@link PlanStatusPolicy} through the API in every plan status, on real
 * PostgreSQL: an allowed cell answers 2xx, a refused one 422 with the cell's problem type and
 * leaves every row of the plan (and the audit log) as it was. The status is set directly in the
 * database, so that each cell is reached without walking the whole process.
 */
@QuarkusTest
class PlanStatusPolicyTest extends ApiTest {
  static final UUID DISTRICT = CREMONESE;
  static int cellsWalked;
  static final List<String> walked = new ArrayList<>();

  final String office = Tokens.consortium(DISTRICT);
  @Inject EntityManager db;

  /** Writes walked through the API; TABLE_MEMBERSHIP is reached only through a call's decision. */
  @ParameterizedTest
  @EnumSource(
      value = PlanWrite.class,
      names = {"TABLE_MEMBERSHIP"},
      mode = EnumSource.Mode.EXCLUDE)
  void everyStatusAllowsOrRefusesTheWriteAsTheTableSays(PlanWrite write) {
    List<String> areas = policyAreaIds(2);
    Map<String, Object> plan = null;
    for (PlanStatus status : PlanStatus.values()) {
      // a deleted plan, or one approved in the cell before, cannot serve the next cell
      if (plan == null || write == PlanWrite.PLAN_DELETE || write == PlanWrite.APPROVAL) {
        plan = createPlan(office, DISTRICT, areas);
      }
      String planId = (String) plan.get("id");
      // fixtures are made while the plan is in consultation, where every write but deletion is open
      setStatus(planId, PlanStatus.CONSULTATION);
      Supplier<Response> action = setUp(write, status, plan, areas);
      setStatus(planId, status);
      String before = snapshot(planId);
      Response r = action.get();
      PlanStatusPolicy.Cell cell = PlanStatusPolicy.cell(write, status);
      if (cell.allowed()) {
        assertThat(r.statusCode())
            .as("%s in %s: %s", write, status, r.asString())
            .isBetween(200, 299);
      } else {
        assertThat(r.statusCode()).as("%s in %s: %s", write, status, r.asString()).isEqualTo(422);
        assertThat(r.jsonPath().getString("type"))
            .as("%s in %s", write, status)
            .isEqualTo(PROBLEM + cell.problemType());
        assertThat(snapshot(planId))
            .as("%s in %s left data unchanged", write, status)
            .isEqualTo(before);
      }
      // a status set here without its approval must not stay APPROVED: the record's invariants
      // (RecordInvariantsTest) hold on the data every test leaves
      closeIfApprovedWithoutRecord(planId);
      cellsWalked++;
      walked.add(write + "×" + status);
    }
  }

  @Test
  void theDocumentedTableIsTheCodesTable() throws Exception {
    String doc = Files.readString(Path.of("../docs/plan-lifecycle.md"));
    assertThat(doc).contains(PlanStatusPolicy.markdown());
  }

  @AfterAll
  static void printCells() {
    System.out.println(
        "PlanStatusPolicyTest: "
            + cellsWalked
            + " operation × status cells walked through the API ("
            + PlanWrite.values().length * PlanStatus.values().length
            + " cells in the table)");
  }

  /** Makes what the write needs and returns the write itself, to run once the status is set. */
  private Supplier<Response> setUp(
      PlanWrite write, PlanStatus status, Map<String, Object> plan, List<String> areas) {
    String id = (String) plan.get("id");
    String base = "/api/v1/plans/" + id;
    String tag = status.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
    return switch (write) {
      case PLAN_DATA ->
          () ->
              as(office).body(planUpdate(plan, "Titolo " + tag, areas, planVersion(id))).put(base);
      case PLAN_DELETE -> () -> as(office).delete(base);
      case APPROVAL -> {
        if (status == PlanStatus.CONSULTATION) {
          as(office).post(base + "/document/versions").then().statusCode(201);
        }
        yield () -> as(office).body(unanimousApprovalBody(DISTRICT)).post(base + "/approval");
      }
      case TIMELINE ->
          () ->
              as(office)
                  .body(Map.of("kind", "OTHER", "name", "Fase " + tag, "startDate", "2026-01-10"))
                  .post(base + "/phases");
      case TABLE_DEFINITION ->
          () ->
              as(office)
                  .body(
                      Map.of(
                          "name",
                          "Tavolo " + tag,
                          "targetGroup",
                          "CHILDREN_YOUTH_AND_FAMILIES",
                          "level",
                          "DISTRICT",
                          "policyAreaIds",
                          areas))
                  .post(base + "/tables");
      case TABLE_MEMBERSHIP -> throw new IllegalArgumentException(write.name());
      case SESSION ->
          () ->
              as(office)
                  .body(
                      Map.of(
                          "kind",
                          "PLENARY",
                          "title",
                          "Plenaria " + tag,
                          "startsAt",
                          daysFromNow(30),
                          "endsAt",
                          daysFromNow(31),
                          "mode",
                          "IN_PERSON",
                          "place",
                          "Sala consiliare"))
                  .post(base + "/sessions");
      case CALL -> {
        Object tableId = createTable(office, id, areas).get("id");
        yield () ->
            as(office)
                .body(
                    Map.of(
                        "title",
                        "Invito " + tag,
                        "text",
                        "Manifestazione d'interesse.",
                        "deadline",
                        daysFromNow(20),
                        "tableIds",
                        List.of(tableId)))
                .post(base + "/calls");
      }
      case SURVEY ->
          () -> as(office).body(Map.of("title", "Scheda " + tag)).post(base + "/surveys");
      case OBJECTIVE_DEFINITION ->
          () ->
              as(office)
                  .body(Map.of("policyAreaId", areas.get(0), "title", "Obiettivo " + tag))
                  .post(base + "/objectives");
      case OBJECTIVE_STATUS -> {
        Map<String, Object> o = createObjective(base, areas, tag);
        yield () -> {
          Map<String, Object> body = new HashMap<>();
          body.put("policyAreaId", o.get("policyAreaId"));
          body.put("title", o.get("title"));
          body.put("actions", o.get("actions"));
          body.put("status", "IN_PROGRESS");
          body.put("contributionIds", List.of());
          body.put("findings", List.of());
          body.put("version", o.get("version"));
          return as(office).body(body).put("/api/v1/objectives/" + o.get("id"));
        };
      }
      case MEASUREMENT -> {
        Map<String, Object> o = createObjective(base, areas, tag);
        int start = (Integer) plan.get("startYear");
        String indicatorId =
            as(office)
                .body(
                    Map.of(
                        "name",
                        "Utenti",
                        "unit",
                        "persone",
                        "baselineValue",
                        10,
                        "baselineYear",
                        start,
                        "targetValue",
                        20,
                        "targetYear",
                        plan.get("endYear"),
                        "frequency",
                        "YEARLY"))
                .post("/api/v1/objectives/" + o.get("id") + "/indicators")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        yield () ->
            as(office)
                .body(Map.of("value", 12))
                .put("/api/v1/indicators/" + indicatorId + "/measurements/" + start);
      }
      case AGREEMENT_TEXT ->
          () -> as(office).body(agreement(id, "Accordo " + tag, null)).put(base + "/agreement");
      case AGREEMENT_SIGNATURE -> {
        as(office).body(agreement(id, "Accordo di programma", null)).put(base + "/agreement");
        yield () ->
            as(office)
                .body(
                    agreement(
                        id, "Accordo di programma", "2026-0" + (status.ordinal() + 1) + "-01"))
                .put(base + "/agreement");
      }
      case DOCUMENT ->
          () ->
              as(office)
                  .body(Map.of("key", tag, "title", "Sezione", "text", "Testo.", "order", 1))
                  .post(base + "/document/sections");
      case DOCUMENT_COMMENT -> {
        int number =
            as(office)
                .post(base + "/document/versions")
                .then()
                .statusCode(201)
                .extract()
                .path("number");
        yield () ->
            as(office)
                .body(Map.of("text", "Osservazione " + tag))
                .post(base + "/document/versions/" + number + "/comments");
      }
      case CONTRIBUTION -> {
        // the health authority of the ambito sees drafts too, so the status rule is what answers
        String ets = member("asst", "ASST");
        yield () ->
            as(ets)
                .body(Map.of("title", "Istanza " + tag, "text", "Più ore di assistenza."))
                .post(base + "/contributions");
      }
      case CONTRIBUTION_ANSWER -> {
        String ets = etsMember();
        String cid =
            as(ets)
                .body(Map.of("title", "Istanza " + tag, "text", "Più ore di assistenza."))
                .post(base + "/contributions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        int version =
            as(ets)
                .post("/api/v1/contributions/" + cid + "/submit")
                .then()
                .statusCode(200)
                .extract()
                .path("version");
        yield () ->
            as(office)
                .body(
                    Map.of(
                        "outcome",
                        "ACCEPTED",
                        "reasoning",
                        "Accolta nel piano.",
                        "version",
                        version))
                .put("/api/v1/contributions/" + cid + "/answer");
      }
    };
  }

  private Map<String, Object> createObjective(String base, List<String> areas, String tag) {
    return as(office)
        .body(Map.of("policyAreaId", areas.get(0), "title", "Obiettivo " + tag))
        .post(base + "/objectives")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getMap("");
  }

  private Map<String, Object> agreement(String planId, String title, String validFrom) {
    Map<String, Object> body = new HashMap<>();
    body.put("title", title);
    body.put("signatories", List.of());
    body.put("validFrom", validFrom);
    Response current = as(office).get("/api/v1/plans/" + planId + "/agreement");
    body.put("version", current.statusCode() == 200 ? current.path("version") : 0);
    return body;
  }

  private String etsMember() {
    return member("ets", "SOCIAL_COOPERATIVE");
  }

  private String member(String role, String kind) {
    String id =
        as(office)
            .body(
                Map.of(
                    "name",
                    "Cooperativa " + UUID.randomUUID(),
                    "taxCode",
                    taxCode(),
                    "kind",
                    "SOCIAL_COOPERATIVE",
                    "email",
                    "info@example.org",
                    "districtIds",
                    List.of(DISTRICT)))
            .post("/api/v1/organizations")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    UUID org = UUID.fromString(id);
    return Tokens.token(role + "." + org, role, org, DISTRICT);
  }

  private int planVersion(String id) {
    return as(office).get("/api/v1/plans/" + id).then().statusCode(200).extract().path("version");
  }

  private void setStatus(String planId, PlanStatus status) {
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                db.createNativeQuery("update plans set status = ?1 where id = ?2")
                    .setParameter(1, status.name())
                    .setParameter(2, UUID.fromString(planId))
                    .executeUpdate());
  }

  private void closeIfApprovedWithoutRecord(String planId) {
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                db.createNativeQuery(
                        "update plans set status = 'CLOSED' where id = ?1 and status in"
                            + " ('APPROVED', 'MONITORING') and not exists (select 1 from"
                            + " plan_approvals a where a.plan_id = ?1)")
                    .setParameter(1, UUID.fromString(planId))
                    .executeUpdate());
  }

  /** Every row hanging from the plan, the plan itself and the audit log's length, as one text. */
  @SuppressWarnings("unchecked")
  private String snapshot(String planId) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              List<String> tables =
                  db.createNativeQuery(
                          "select table_name from information_schema.columns where column_name ="
                              + " 'plan_id' and table_schema = current_schema() order by 1")
                      .getResultList();
              StringBuilder sb = new StringBuilder();
              UUID id = UUID.fromString(planId);
              for (String t : tables) {
                sb.append(t)
                    .append(':')
                    .append(
                        db.createNativeQuery(
                                "select coalesce(md5(string_agg(x::text, '|' order by x::text)),"
                                    + " '-') from "
                                    + t
                                    + " x where plan_id = ?1")
                            .setParameter(1, id)
                            .getSingleResult())
                    .append('\n');
              }
              sb.append("plan:")
                  .append(
                      db.createNativeQuery(
                              "select coalesce(md5(x::text), '-') from plans x where id = ?1")
                          .setParameter(1, id)
                          .getSingleResult())
                  .append("\nmeasurements:")
                  .append(
                      db.createNativeQuery(
                              "select count(*) from indicator_measurements m join indicators i on"
                                  + " i.id = m.indicator_id where i.plan_id = ?1")
                          .setParameter(1, id)
                          .getSingleResult())
                  .append("\naudit:")
                  .append(db.createNativeQuery("select count(*) from audit_log").getSingleResult());
              return sb.toString();
            });
  }
}
