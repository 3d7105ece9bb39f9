package it.zonale.table;

import static it.zonale.support.Tokens.CREMONESE;
import static it.zonale.support.Tokens.OGLIO_PO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import it.zonale.support.ApiTest;
import it.zonale.support.Tokens;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TableMemberExportTest extends ApiTest {
  final String office = Tokens.consortium(OGLIO_PO);

  /** Submits an expression of interest of the organisation for the table and decides it. */
  void admit(Object callId, Object tableId, UUID organizationId, String person, String outcome) {
    String delegate = Tokens.token("ets-" + organizationId, "ets", organizationId, OGLIO_PO);
    String id =
        as(delegate)
            .body(
                Map.of(
                    "tableChoices",
                    List.of(Map.of("tableId", tableId, "titularParticipantId", person)),
                    "runtsRegistered",
                    true))
            .post("/api/v1/calls/" + callId + "/expressions-of-interest")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    int version =
        as(delegate)
            .post("/api/v1/expressions-of-interest/" + id + "/submit")
            .then()
            .statusCode(200)
            .extract()
            .path("version");
    as(office)
        .body(Map.of("outcome", outcome, "version", version))
        .post("/api/v1/expressions-of-interest/" + id + "/decision")
        .then()
        .statusCode(200);
  }

  byte[] download(String token, String url) {
    return as(token).accept("*/*").get(url).then().statusCode(200).extract().asByteArray();
  }

  @Test
  void membersOfATableAndOfAllTablesOfAPlanAsCsvAndXlsx() throws Exception {
    List<String> areas = policyAreaIds(1);
    var plan = publish(office, createPlan(office, OGLIO_PO, areas));
    var first = createTable(office, plan.get("id"), areas);
    var second = createTable(office, plan.get("id"), areas);
    var call =
        openCall(
            office, plan.get("id"), daysFromNow(10), List.of(first.get("id"), second.get("id")));
    UUID coop = registerOrganization(office, "SOCIAL_COOPERATIVE");
    UUID odv = registerOrganization(office, "ODV");
    admit(
        call.get("id"),
        first.get("id"),
        coop,
        newParticipantId(office, coop, "Nicolò Àlberti"),
        "ADMITTED");
    admit(
        call.get("id"),
        second.get("id"),
        odv,
        newParticipantId(office, odv, "Bianca Neri"),
        "ADMITTED_CONSULTATIVE");

    String table = "/api/v1/tables/" + first.get("id") + "/members/export";
    String csv = new String(download(office, table + "?format=CSV"), StandardCharsets.UTF_8);
    assertThat(csv).startsWith("\uFEFFTavolo;Organizzazione;Tipo di organizzazione;");
    List<String> lines = csv.lines().toList();
    assertThat(lines).hasSize(2);
    assertThat(lines.get(1))
        .startsWith(first.get("name") + ";")
        .contains(";Cooperativa sociale;Membro effettivo;Nicolò Àlberti;;");

    as(office)
        .accept("*/*")
        .get(table + "?format=XLSX")
        .then()
        .statusCode(200)
        .header(
            "Content-Type",
            equalTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    byte[] xlsx =
        download(office, "/api/v1/plans/" + plan.get("id") + "/tables/members/export?format=XLSX");
    try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
      List<Row> rows = book.getFirstSheet().read();
      assertThat(rows).hasSize(3);
      assertThat(rows.get(0).getCellText(0)).isEqualTo("Tavolo");
      assertThat(rows.stream().skip(1).map(r -> r.getCellText(4)))
          .containsExactlyInAnyOrder("Nicolò Àlberti", "Bianca Neri");
      Row consultative =
          rows.stream().filter(r -> r.getCellText(4).equals("Bianca Neri")).findFirst().get();
      assertThat(consultative.getCellText(0)).isEqualTo(second.get("name"));
      assertThat(consultative.getCellText(2)).isEqualTo("Organizzazione di volontariato");
      assertThat(consultative.getCellText(3)).isEqualTo("Membro consultivo");
    }
  }

  @Test
  void onlyThePlanOfficeOfTheAmbitoExportsMembers() {
    List<String> areas = policyAreaIds(1);
    var plan = publish(office, createPlan(office, OGLIO_PO, areas));
    var table = createTable(office, plan.get("id"), areas);
    String url = "/api/v1/tables/" + table.get("id") + "/members/export";
    as(Tokens.consortium(CREMONESE)).accept("*/*").get(url).then().statusCode(403);
    as(Tokens.withRole("ets", OGLIO_PO)).accept("*/*").get(url).then().statusCode(403);
    anonymous().accept("*/*").get(url).then().statusCode(401);
    as(office)
        .accept("*/*")
        .get("/api/v1/tables/" + UUID.randomUUID() + "/members/export")
        .then()
        .statusCode(404);
    as(office).accept("*/*").get(url + "?format=PDF").then().statusCode(400);
    String csv = new String(download(office, url), StandardCharsets.UTF_8);
    assertThat(csv.lines().toList()).hasSize(1);
  }
}
