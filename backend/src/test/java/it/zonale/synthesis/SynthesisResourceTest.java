package it.zonale.synthesis;

import static it.zonale.support.Tokens.CREMASCO;
import static it.zonale.support.Tokens.OGLIO_PO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import it.zonale.support.ApiTest;
import it.zonale.support.Tokens;
import it.zonale.support.VeraPdf;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The synthesis against real PostgreSQL, on the 20 organisations of {@link SurveyData}: figures,
 * filters, suppression, cross-tabs, texts, exports and the briefing pack read back.
 */
@QuarkusTest
class SynthesisResourceTest extends ApiTest {
  @Inject AgroalDataSource db;

  final String office = Tokens.consortium(OGLIO_PO);
  final String otherOffice = Tokens.consortium(CREMASCO);
  final String ets = Tokens.withRole("ets", OGLIO_PO);

  @Inject SynthesisChapterSource chapters;

  UUID planId;
  UUID survey;
  UUID table;
  UUID a1;
  UUID a2;

  @BeforeEach
  void seed() throws SQLException {
    List<String> areas = policyAreaIds(2);
    a1 = UUID.fromString(areas.get(0));
    a2 = UUID.fromString(areas.get(1));
    Map<String, Object> plan = publish(office, createPlan(office, OGLIO_PO, areas));
    table = UUID.fromString((String) createTable(office, plan.get("id"), areas).get("id"));
    planId = UUID.fromString((String) plan.get("id"));
    survey = SurveyData.seed(db, planId, OGLIO_PO, table, a1, a2, 20);
    SurveyData.members(db, survey, table, OGLIO_PO, 6);
  }

  JsonPath synthesis(String token, String query) {
    var request = token == null ? anonymous() : as(token);
    return request
        .get("/api/v1/surveys/" + survey + "/synthesis" + query)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  static Map<String, Object> question(JsonPath s, String key) {
    return s.getMap("questions.find { it.key == '" + key + "' }");
  }

  @Test
  void thePlanOfficeSeesEveryFigureOfTheSubmittedResponses() {
    JsonPath s = synthesis(office, "");
    assertThat(s.getBoolean("fullView")).isTrue();
    assertThat(s.getInt("respondents")).isEqualTo(20); // the draft does not count
    assertThat(s.getList("questions.key"))
        .containsExactly(
            "volunteers", "sector", "services", "satisfaction", "needs", "notes", "founded");

    assertThat(s.getInt("questions[0].respondents")).isEqualTo(20);
    assertThat(s.getDouble("questions[0].stats.mean")).isCloseTo(105.0, within(1e-9));
    assertThat(s.getDouble("questions[0].stats.median")).isCloseTo(105.0, within(1e-9));
    assertThat(s.getDouble("questions[0].stats.min")).isEqualTo(10.0);
    assertThat(s.getDouble("questions[0].stats.max")).isEqualTo(200.0);

    assertThat(s.getList("questions[1].options.count", Integer.class)).containsExactly(10, 7, 3);
    assertThat(s.getList("questions[1].options.share", Double.class))
        .containsExactly(0.5, 0.35, 0.15);

    assertThat(s.getList("questions[2].options.count", Integer.class)).containsExactly(20, 3, 0);
    assertThat(s.getList("questions[2].options.suppressed", Boolean.class)).containsOnly(false);

    assertThat(s.getDouble("questions[3].stats.mean")).isCloseTo(3.0, within(1e-9));
    assertThat(s.getDouble("questions[3].stats.median")).isEqualTo(3.0);
    assertThat(s.getInt("questions[3].stats.n")).isEqualTo(20);

    // matrix: r1 high 8, mid 8, low 4 -> mean 2.2, median 2; r2 only two organisations
    assertThat(s.getInt("questions[4].respondents")).isEqualTo(20);
    assertThat(s.getList("questions[4].rows[0].options.count", Integer.class))
        .containsExactly(4, 8, 8);
    assertThat(s.getDouble("questions[4].rows[0].stats.mean")).isCloseTo(2.2, within(1e-9));
    assertThat(s.getDouble("questions[4].rows[0].stats.median")).isEqualTo(2.0);
    assertThat(s.getInt("questions[4].rows[1].respondents")).isEqualTo(2);
    assertThat(s.getDouble("questions[4].rows[1].stats.mean")).isEqualTo(3.0);

    assertThat(s.getInt("questions[5].respondents")).isEqualTo(3);
    assertThat(s.getInt("questions[6].respondents")).isZero();
  }

  @Test
  void thePublicSeesAggregatesWithSmallCellsSuppressed() {
    for (String token : new String[] {null, ets, otherOffice}) {
      JsonPath s = synthesis(token, "");
      assertThat(s.getBoolean("fullView")).isFalse();
      assertThat(s.getInt("respondents")).isEqualTo(20);
      // services: z = 0 is suppressed, and y = 3 with it so that z is not 20 - 20 - y away
      Map<String, Object> services = question(s, "services");
      assertThat(s.getList("questions[2].options.count")).containsExactly(20, null, null);
      assertThat(s.getList("questions[2].options.suppressed", Boolean.class))
          .containsExactly(false, true, true);
      assertThat(services.get("respondents")).isEqualTo(20);
      // matrix row r2 answered by 2: no count, no distribution, no mean
      assertThat(s.getBoolean("questions[4].rows[1].respondentsSuppressed")).isTrue();
      assertThat((Object) s.get("questions[4].rows[1].respondents")).isNull();
      assertThat(s.getBoolean("questions[4].rows[1].stats.suppressed")).isTrue();
      assertThat((Object) s.get("questions[4].rows[1].stats.mean")).isNull();
      assertThat(s.getList("questions[4].rows[1].options.count")).containsOnlyNulls();
      // r1: low = 4 is visible, all cells are 3 or more
      assertThat(s.getList("questions[4].rows[0].options.count", Integer.class))
          .containsExactly(4, 8, 8);
      // a date nobody gave
      assertThat(s.getBoolean("questions[6].respondentsSuppressed")).isTrue();
    }
  }

  @Test
  void filtersSelectRespondentsAndQuestions() {
    JsonPath odv = synthesis(office, "?kind=ODV");
    assertThat(odv.getInt("respondents")).isEqualTo(8);
    assertThat(odv.getDouble("questions[0].stats.mean")).isCloseTo(165.0, within(1e-9));

    JsonPath viadanese = synthesis(office, "?subdistrictId=" + SurveyData.VIADANESE);
    assertThat(viadanese.getInt("respondents")).isEqualTo(10);
    assertThat(viadanese.getDouble("questions[0].stats.mean")).isCloseTo(110.0, within(1e-9));

    JsonPath byTable = synthesis(office, "?tableId=" + table);
    assertThat(byTable.getList("questions.key")).containsExactly("volunteers", "sector");

    JsonPath byArea = synthesis(office, "?policyAreaId=" + a2);
    assertThat(byArea.getList("questions.key")).containsExactly("needs");
    assertThat(byArea.getList("questions[0].rows.key")).containsExactly("r2");

    as(office).get("/api/v1/surveys/" + survey + "/synthesis?kind=NOPE").then().statusCode(400);
  }

  @Test
  void theContextGivesPopulationAndComuniPerSubdistrictWithItsSource() throws SQLException {
    JsonPath s = synthesis(null, "");
    assertThat(s.getString("context.source"))
        .isEqualTo("Fonte: ISTAT via Comuni-ITA, elaborazione Zonale; dati non ufficiali.");
    assertThat(s.getList("context.unavailable.key")).contains("AGEING", "DEMOGRAPHIC_DECLINE");
    assertThat(s.getList("context.subdistricts.name")).containsExactly("Casalasco", "Viadanese");
    try (Connection c = db.getConnection();
        ResultSet r =
            c.createStatement()
                .executeQuery(
                    "select count(*), sum(population), count(*) filter (where population < 5000),"
                        + " sum(population) filter (where population < 5000) from municipalities"
                        + " where subdistrict_id = '"
                        + SurveyData.CASALASCO
                        + "'")) {
      r.next();
      assertThat(r.getInt(1)).isPositive();
      assertThat(s.getInt("context.subdistricts[0].municipalities")).isEqualTo(r.getInt(1));
      assertThat(s.getLong("context.subdistricts[0].population")).isEqualTo(r.getLong(2));
      assertThat(s.getInt("context.subdistricts[0].smallMunicipalities")).isEqualTo(r.getInt(3));
      assertThat(s.getDouble("context.subdistricts[0].smallMunicipalitiesShare"))
          .isCloseTo((double) r.getLong(4) / r.getLong(2), within(1e-6));
    }
    // 10 organisations answer for each sub-ambito
    assertThat(s.getList("context.subdistricts.respondents", Integer.class))
        .containsExactly(10, 10);
    assertThat(s.getInt("context.total.respondents")).isEqualTo(20);
  }

  JsonPath crosstab(String token, String query) {
    var request = token == null ? anonymous() : as(token);
    return request
        .get("/api/v1/surveys/" + survey + "/synthesis/crosstab" + query)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  @Test
  void crossTabsCountOrganisationsPerCell() {
    JsonPath sub = crosstab(office, "?question=sector&by=SUBDISTRICT");
    assertThat(sub.getList("columns.label")).containsExactly("Casalasco", "Viadanese");
    assertThat(sub.getList("rows.cells.count"))
        .isEqualTo(List.of(List.of(5, 5), List.of(4, 3), List.of(1, 2)));
    assertThat(sub.getList("rows.total", Integer.class)).containsExactly(10, 7, 3);
    assertThat(sub.getList("columns.total", Integer.class)).containsExactly(10, 10);
    assertThat(sub.getInt("total")).isEqualTo(20);

    JsonPath kind = crosstab(office, "?question=sector&by=KIND");
    assertThat(kind.getList("columns.key")).containsExactly("ODV", "APS"); // enum order
    assertThat(kind.getList("rows.cells.count"))
        .isEqualTo(List.of(List.of(0, 10), List.of(5, 2), List.of(3, 0)));

    JsonPath byTable = crosstab(office, "?question=sector&by=TABLE");
    assertThat(byTable.getList("columns.key")).containsExactly(table.toString());
    assertThat(byTable.getList("rows.cells.count"))
        .isEqualTo(List.of(List.of(6), List.of(0), List.of(0)));

    // an organisation choosing "high" for both rows counts once in the row total
    JsonPath area = crosstab(office, "?question=needs&by=POLICY_AREA");
    assertThat(area.getList("rows.key")).containsExactly("low", "mid", "high");
    assertThat(area.getList("columns.key")).containsExactlyInAnyOrder(a1.toString(), a2.toString());
    int i1 = area.getList("columns.key").indexOf(a1.toString());
    assertThat(area.getInt("rows[2].cells[" + i1 + "].count")).isEqualTo(8);
    assertThat(area.getInt("rows[2].cells[" + (1 - i1) + "].count")).isEqualTo(2);
    assertThat(area.getInt("rows[2].total")).isEqualTo(8);

    JsonPath matrixBySub = crosstab(office, "?question=needs&by=SUBDISTRICT");
    assertThat(matrixBySub.getList("rows.key")).hasSize(6).contains("r1|high", "r2|low");

    JsonPath rating = crosstab(office, "?question=satisfaction&by=KIND");
    assertThat(rating.getList("rows.key")).containsExactly("1", "2", "3", "4", "5");
    assertThat(rating.getList("rows.total", Integer.class)).containsExactly(4, 4, 4, 4, 4);

    as(office)
        .get("/api/v1/surveys/" + survey + "/synthesis/crosstab?question=volunteers&by=KIND")
        .then()
        .statusCode(400);
    as(office)
        .get("/api/v1/surveys/" + survey + "/synthesis/crosstab?question=nope&by=KIND")
        .then()
        .statusCode(400);
  }

  @Test
  void aSuppressedCrossTabCellCannotBeRecoveredBySubtraction() {
    JsonPath sub = crosstab(null, "?question=sector&by=SUBDISTRICT");
    assertThat(sub.getBoolean("fullView")).isFalse();
    // c = (1, 2): both primary; then column Casalasco had a lone hidden cell, so b/Casalasco (4)
    // is hidden too, and row b then hides b/Viadanese (3)
    assertThat(sub.getList("rows.cells.count"))
        .isEqualTo(
            List.of(
                List.of(5, 5),
                java.util.Arrays.asList(null, null),
                java.util.Arrays.asList(null, null)));
    assertThat(sub.getList("rows.cells.suppressed"))
        .isEqualTo(List.of(List.of(false, false), List.of(true, true), List.of(true, true)));
    // totals of lines with a hidden cell are hidden as well
    assertThat(sub.getList("rows.total")).containsExactly(10, null, null);
    assertThat(sub.getList("rows.totalSuppressed", Boolean.class))
        .containsExactly(false, true, true);
    assertThat(sub.getList("columns.total")).containsOnlyNulls();
    assertThat(sub.getList("columns.suppressed", Boolean.class)).containsOnly(true);
    // the grand total minus every visible cell leaves the sum of at least two hidden cells
    int visible = 10;
    assertThat(sub.getInt("total") - visible).isEqualTo(10);
    for (List<?> row : sub.getList("rows.cells.suppressed", List.class)) {
      long hidden = row.stream().filter(Boolean.TRUE::equals).count();
      assertThat(hidden).isNotEqualTo(1L);
    }
  }

  @Test
  void textsAreForThePlanOfficeOnly() {
    JsonPath page =
        as(office)
            .get("/api/v1/surveys/" + survey + "/synthesis/questions/notes/texts?limit=2")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(page.getInt("total")).isEqualTo(3);
    assertThat(page.getList("items.text")).containsExactly("Nota 1", "Nota 2");
    assertThat(page.getList("items.organizationName")).containsExactly("Ente 1", "Ente 2");
    as(office)
        .get("/api/v1/surveys/" + survey + "/synthesis/questions/notes/texts?offset=2")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("items.text")
        .equals(List.of("Nota 3"));
    as(otherOffice)
        .get("/api/v1/surveys/" + survey + "/synthesis/questions/notes/texts")
        .then()
        .statusCode(403);
    as(ets)
        .get("/api/v1/surveys/" + survey + "/synthesis/questions/notes/texts")
        .then()
        .statusCode(403);
    anonymous()
        .get("/api/v1/surveys/" + survey + "/synthesis/questions/notes/texts")
        .then()
        .statusCode(401);
    as(office)
        .get("/api/v1/surveys/" + survey + "/synthesis/questions/sector/texts")
        .then()
        .statusCode(400);
    as(office)
        .get("/api/v1/surveys/" + survey + "/synthesis/questions/nope/texts")
        .then()
        .statusCode(404);
  }

  @Test
  void unknownSurveyIsNotFound() {
    anonymous().get("/api/v1/surveys/" + UUID.randomUUID() + "/synthesis").then().statusCode(404);
  }

  @Test
  void csvAndXlsxExportsCarryTheSameFiguresAndSuppression() throws IOException {
    byte[] csv =
        anonymous()
            .accept("text/csv")
            .get("/api/v1/surveys/" + survey + "/synthesis/export?format=CSV")
            .then()
            .statusCode(200)
            .extract()
            .asByteArray();
    String text = new String(csv, StandardCharsets.UTF_8).replace("\uFEFF", "");
    List<CSVRecord> records =
        CSVFormat.EXCEL
            .builder()
            .setDelimiter(';')
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(text))
            .getRecords();
    CSVRecord anziani =
        records.stream()
            .filter(
                r -> r.get("Codice domanda").equals("sector") && r.get("Voce").equals("Anziani"))
            .findFirst()
            .orElseThrow();
    assertThat(anziani.get("Organizzazioni")).isEqualTo("10");
    assertThat(anziani.get("Quota")).isEqualTo("50,0%");
    CSVRecord sportello =
        records.stream().filter(r -> r.get("Voce").equals("Sportello")).findFirst().orElseThrow();
    assertThat(sportello.get("Organizzazioni")).isEmpty();
    assertThat(sportello.get("Soppresso (meno di 3)")).isEqualTo("sì");
    CSVRecord volunteers =
        records.stream()
            .filter(
                r ->
                    r.get("Codice domanda").equals("volunteers")
                        && r.get("Voce").equals("Statistiche"))
            .findFirst()
            .orElseThrow();
    assertThat(volunteers.get("Media")).isEqualTo("105");

    byte[] xlsx =
        as(office)
            .accept(SpreadsheetExportTypes.XLSX)
            .get("/api/v1/surveys/" + survey + "/synthesis/export?format=XLSX")
            .then()
            .statusCode(200)
            .extract()
            .asByteArray();
    try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
      List<Row> rows = book.getFirstSheet().read();
      assertThat(rows.get(0).getCellText(0)).isEqualTo("Sezione");
      Row sportelloRow =
          rows.stream().filter(r -> "Sportello".equals(r.getCellText(4))).findFirst().orElseThrow();
      // the plan office's export is complete
      assertThat(sportelloRow.getCellText(5)).isEqualTo("3");
    }
  }

  @Test
  void theBriefingPackIsAReadablePdfWithContextAndFigures() throws IOException {
    byte[] pdf =
        anonymous()
            .accept("application/pdf")
            .get("/api/v1/surveys/" + survey + "/briefing-pack")
            .then()
            .statusCode(200)
            .header("Content-Type", "application/pdf")
            .extract()
            .asByteArray();
    try (var document = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(document);
      assertThat(text)
          .contains("Rilevazione dei bisogni 2030")
          .contains("Contesto dell’ambito")
          .contains("Casalasco")
          .contains("Fonte: ISTAT via Comuni-ITA")
          .contains("Quanti volontari?")
          .contains("Domande generali")
          .contains("< 3");
    }
    assertThat(VeraPdf.failedRules(pdf)).as("PDF/UA-1 and PDF/A-2a").isEmpty();
    byte[] onlyTable =
        anonymous()
            .accept("application/pdf")
            .get("/api/v1/surveys/" + survey + "/briefing-pack?tableId=" + table)
            .then()
            .statusCode(200)
            .extract()
            .asByteArray();
    try (var document = Loader.loadPDF(onlyTable)) {
      String text = new PDFTextStripper().getText(document);
      assertThat(text).contains("Settore prevalente").doesNotContain("Livello di bisogno");
    }
  }

  @Test
  void thePlanChapterGivesTheNeedsWithSuppressionWhoeverAssemblesIt() {
    assertThat(chapters.order()).isEqualTo(300);
    var chapter = chapters.chapter(planId, java.util.Locale.ITALIAN).orElseThrow();
    assertThat(chapter.key()).isEqualTo("bisogni");
    var tables =
        chapter.blocks().stream()
            .filter(b -> b instanceof it.zonale.shared.report.ReportBlock.DataTable)
            .map(b -> (it.zonale.shared.report.ReportBlock.DataTable) b)
            .toList();
    var services =
        tables.stream()
            .filter(t -> t.caption().equals("Servizi offerti"))
            .findFirst()
            .orElseThrow();
    assertThat(services.rows())
        .containsExactly(
            List.of("Trasporto", "20", "100,0%"),
            List.of("Sportello", "< 3", "< 3"),
            List.of("Mensa", "< 3", "< 3"));
    assertThat(tables).allMatch(t -> t.source() != null && t.source().startsWith("Fonte:"));
    // a plan without surveys has no needs chapter
    assertThat(chapters.chapter(UUID.randomUUID(), java.util.Locale.ITALIAN)).isEmpty();
  }

  @Test
  void aDateQuestionGivesHowManyDatesTheEarliestAndTheLatest() throws SQLException {
    try (var c = db.getConnection()) {
      c.setAutoCommit(true);
      SurveyData.exec(
          c,
          "insert into survey_answers (response_id, survey_id, question_key, item_key, ordinal,"
              + " date_value) select r.id, r.survey_id, 'founded', '', 0,"
              + " date '1990-03-15' + cast((row_number() over (order by r.id) - 1) * 1000 as int)"
              + " from (select id, survey_id from survey_responses where survey_id = ?"
              + " and status = 'SUBMITTED' order by id limit 4) r",
          survey);
    }
    for (String token : new String[] {office, null}) {
      Map<String, Object> founded = question(synthesis(token, ""), "founded");
      assertThat(founded).containsEntry("respondents", 4);
      @SuppressWarnings("unchecked")
      Map<String, Object> dates = (Map<String, Object>) founded.get("dates");
      assertThat(dates)
          .containsEntry("n", 4)
          .containsEntry("earliest", "1990-03-15")
          .containsEntry("latest", "1998-06-01")
          .containsEntry("suppressed", false);
    }
    // in the plan document: a table of dates, not "Risposta aperta"
    var chapter = chapters.chapter(planId, java.util.Locale.ITALIAN).orElseThrow();
    var table =
        chapter.blocks().stream()
            .filter(b -> b instanceof it.zonale.shared.report.ReportBlock.DataTable)
            .map(b -> (it.zonale.shared.report.ReportBlock.DataTable) b)
            .filter(t -> t.caption().equals("Anno di fondazione"))
            .findFirst()
            .orElseThrow();
    assertThat(table.headers())
        .containsExactly("Date indicate", "La più lontana", "La più recente");
    assertThat(table.rows())
        .containsExactly(List.of("4", "15\u00a0marzo\u00a01990", "1\u00a0giugno\u00a01998"));
  }

  /** Media types of the exports. */
  static final class SpreadsheetExportTypes {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  }
}
