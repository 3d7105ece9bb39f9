package it.zonale.plandocument;

import static it.zonale.support.Tokens.CREMASCO;
import static it.zonale.support.Tokens.OGLIO_PO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import it.zonale.approval.PlanApproved;
import it.zonale.shared.error.DomainException;
import it.zonale.support.ApiTest;
import it.zonale.support.Tokens;
import it.zonale.support.TypographyScan;
import it.zonale.support.VeraPdf;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PlanDocumentResourceTest extends ApiTest {
  final String office = Tokens.consortium(OGLIO_PO);

  @Inject Event<PlanApproved> approvals;

  @Inject EntityManager db;

  String planId() {
    return (String) publish(office, createPlan(office, OGLIO_PO, policyAreaIds(2))).get("id");
  }

  String base(String planId) {
    return "/api/v1/plans/" + planId + "/document";
  }

  JsonPath section(String planId, String key, String title, String text, int order) {
    return as(office)
        .body(Map.of("key", key, "title", title, "text", text, "order", order))
        .post(base(planId) + "/sections")
        .then()
        .statusCode(201)
        .header("Location", startsWith("http"))
        .extract()
        .jsonPath();
  }

  JsonPath assemble(String planId) {
    return as(office).post(base(planId) + "/versions").then().statusCode(201).extract().jsonPath();
  }

  /** A delegate of an organisation of the district (registered when it is Oglio Po). */
  String ets(UUID district) {
    UUID org = district.equals(OGLIO_PO) ? registerOrganization(office, "APS") : UUID.randomUUID();
    return Tokens.token("ets-" + org, "ets", org, district);
  }

  @Test
  void sectionsAreTheOfficesWithVersionsAndPlacedAmongGeneratedChapters() {
    String plan = planId();
    JsonPath intro =
        section(
            plan,
            "introduction",
            "Introduzione",
            "Il Piano nasce dal confronto.\n\n## Il metodo\n\n- tavoli\n- istanze",
            50);
    section(plan, "governance", "La governance", "L'Assemblea dei Sindaci decide.", 150);
    as(office)
        .body(Map.of("key", "introduction", "title", "Bis", "text", "x", "order", 10))
        .post(base(plan) + "/sections")
        .then()
        .statusCode(409)
        .body("type", equalTo(PROBLEM + "document-section-key-taken"));
    as(ets(OGLIO_PO)).get(base(plan) + "/sections").then().statusCode(403);
    as(Tokens.consortium(CREMASCO)).get(base(plan) + "/sections").then().statusCode(403);
    as(office)
        .get(base(plan) + "/sections")
        .then()
        .statusCode(200)
        .body("total", equalTo(2))
        .body("items[0].key", equalTo("introduction"));

    String url = "/api/v1/document-sections/" + intro.getString("id");
    as(office)
        .body(Map.of("title", "Introduzione", "text", "Nuovo testo.", "order", 50, "version", 0))
        .put(url)
        .then()
        .statusCode(200)
        .body("version", equalTo(1));
    as(office)
        .body(Map.of("title", "Vecchio", "text", "x", "order", 50, "version", 0))
        .put(url)
        .then()
        .statusCode(409)
        .body("type", equalTo(PROBLEM + "stale-version"));

    JsonPath v1 = assemble(plan);
    assertThat(v1.getInt("number")).isEqualTo(1);
    JsonPath detail =
        as(office).get(base(plan) + "/versions/1").then().statusCode(200).extract().jsonPath();
    List<String> keys = detail.getList("chapters.key");
    // narrative sections sit among the generated chapters by order (50, 100, 150, 200, ...)
    assertThat(keys).startsWith("introduction", "context", "governance", "process");
    assertThat(detail.getString("chapters.find { it.key == 'context' }.blocks.source"))
        .contains("ISTAT via Comuni-ITA, dati non ufficiali");
    assertThat(detail.getList("chapters.find { it.key == 'context' }.blocks.type"))
        .contains("TABLE");
    // anyone who may read the plan reads its versions
    anonymous().get(base(plan) + "/versions/1").then().statusCode(200);
    anonymous().get(base(plan) + "/versions/9").then().statusCode(404);
    as(office).delete(url).then().statusCode(204);
  }

  @Test
  void versionsAreNumberedInOrderEvenWhenAssembledAtOnce() throws Exception {
    String plan = planId();
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      List<Callable<Integer>> calls = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        calls.add(() -> assemble(plan).getInt("number"));
      }
      Set<Integer> numbers = new java.util.TreeSet<>();
      for (Future<Integer> f : pool.invokeAll(calls)) {
        numbers.add(f.get());
      }
      assertThat(numbers).containsExactly(1, 2, 3);
    } finally {
      pool.shutdown();
    }
    as(office)
        .get(base(plan) + "/versions?limit=2")
        .then()
        .statusCode(200)
        .body("total", equalTo(3))
        .body("items.number", equalTo(List.of(3, 2)));
  }

  @Test
  void sameContentSameHashAndTheDiffShowsWhatChanged() {
    String plan = planId();
    JsonPath gov =
        section(
            plan,
            "governance",
            "La governance",
            "Primo paragrafo resta.\n\nSecondo paragrafo cambia.",
            150);
    String h1 = assemble(plan).getString("sha256");
    String h2 = assemble(plan).getString("sha256");
    assertThat(h1).hasSize(64).isEqualTo(h2);
    as(office)
        .body(
            Map.of(
                "title",
                "La governance",
                "text",
                "Primo paragrafo resta.\n\nSecondo paragrafo riscritto.\n\nTerzo nuovo.",
                "order",
                150,
                "version",
                gov.getLong("version")))
        .put("/api/v1/document-sections/" + gov.getString("id"))
        .then()
        .statusCode(200);
    section(plan, "introduction", "Introduzione", "Nuova introduzione.", 50);
    String h3 = assemble(plan).getString("sha256");
    assertThat(h3).isNotEqualTo(h2);

    JsonPath diff =
        anonymous()
            .get(base(plan) + "/diff?from=2&to=3")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    Map<String, Object> governance = diff.getMap("chapters.find { it.key == 'governance' }");
    assertThat(governance.get("change")).isEqualTo("CHANGED");
    assertThat(governance.get("added")).isEqualTo(2);
    assertThat(governance.get("removed")).isEqualTo(1);
    assertThat(diff.getList("chapters.find { it.key == 'governance' }.lines.text"))
        .containsExactly(
            "Primo paragrafo resta.",
            "Secondo paragrafo cambia.",
            "Secondo paragrafo riscritto.",
            "Terzo nuovo.");
    assertThat(diff.getList("chapters.find { it.key == 'governance' }.lines.change"))
        .containsExactly("UNCHANGED", "REMOVED", "ADDED", "ADDED");
    assertThat(diff.getString("chapters.find { it.key == 'introduction' }.change"))
        .isEqualTo("ADDED");
    assertThat(diff.getString("chapters.find { it.key == 'context' }.change"))
        .isEqualTo("UNCHANGED");
    anonymous()
        .get(base(plan) + "/diff?from=2&to=8")
        .then()
        .statusCode(400)
        .body("errors[0].pointer", equalTo("to"));
  }

  @Test
  void commentsAreForTheAmbitoDuringConsultationAndTheOfficeAnswers() {
    String plan = planId();
    assemble(plan);
    String url = base(plan) + "/versions/1/comments";
    String member = ets(OGLIO_PO);
    JsonPath comment =
        as(member)
            .body(Map.of("chapterKey", "context", "text", "Mancano i dati sugli anziani soli."))
            .post(url)
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();
    as(member)
        .body(Map.of("chapterKey", "nope", "text", "x"))
        .post(url)
        .then()
        .statusCode(400)
        .body("errors[0].pointer", equalTo("/chapterKey"));
    as(office).body(Map.of("text", "Nota dell'ufficio.")).post(url).then().statusCode(201);
    as(ets(CREMASCO))
        .body(Map.of("text", "Da fuori"))
        .post(url)
        .then()
        .statusCode(403)
        .body("type", equalTo(PROBLEM + "comments-ambito-only"));
    anonymous().get(url).then().statusCode(401);
    as(ets(CREMASCO)).get(url).then().statusCode(403);
    as(ets(OGLIO_PO)).get(url).then().statusCode(200).body("total", equalTo(2));
    as(member)
        .get(url + "?chapterKey=context")
        .then()
        .statusCode(200)
        .body("total", equalTo(1))
        .body("items[0].text", equalTo("Mancano i dati sugli anziani soli."));

    String reply = "/api/v1/document-comments/" + comment.getString("id") + "/reply";
    as(member).body(Map.of("reply", "x", "version", 0)).post(reply).then().statusCode(403);
    as(office)
        .body(Map.of("reply", "Li aggiungiamo nel capitolo 3.", "version", 0))
        .post(reply)
        .then()
        .statusCode(200)
        .body("reply", equalTo("Li aggiungiamo nel capitolo 3."));
    as(office).body(Map.of("reply", "Di nuovo", "version", 0)).post(reply).then().statusCode(409);

    // a draft plan (seen only by the plan office) is not in consultation
    Map<String, Object> draft = createPlan(office, OGLIO_PO, policyAreaIds(1));
    assemble((String) draft.get("id"));
    as(office)
        .body(Map.of("text", "Troppo presto"))
        .post(base((String) draft.get("id")) + "/versions/1/comments")
        .then()
        .statusCode(422)
        .body("type", equalTo(PROBLEM + "plan-not-in-consultation"));
  }

  JsonPath awaitDone(String location) throws InterruptedException {
    for (int i = 0; i < 240; i++) {
      JsonPath job = anonymous().get(location).then().statusCode(200).extract().jsonPath();
      if (job.getString("status").equals("DONE") || job.getString("status").equals("FAILED")) {
        return job;
      }
      Thread.sleep(250);
    }
    throw new AssertionError("export not done in 60 s");
  }

  @Test
  void exportsRunAsJobsToAPdfAndADocxWithTheirTableOfContents() throws Exception {
    String plan = planId();
    section(plan, "introduction", "Introduzione", "## Perché un Piano\n\nTesto.", 50);
    assemble(plan);
    anonymous()
        .body(Map.of("format", "PDF"))
        .post(base(plan) + "/versions/1/exports")
        .then()
        .statusCode(401);
    var first =
        as(ets(OGLIO_PO))
            .body(Map.of("format", "PDF"))
            .post(base(plan) + "/versions/1/exports")
            .then()
            .statusCode(202)
            .extract();
    String location = first.header("Location");
    String again =
        as(office)
            .body(Map.of("format", "PDF"))
            .post(base(plan) + "/versions/1/exports")
            .then()
            .statusCode(202)
            .extract()
            .header("Location");
    assertThat(again).isEqualTo(location);
    JsonPath job = awaitDone(location);
    assertThat(job.getString("status")).isEqualTo("DONE");
    assertThat(job.getInt("percent")).isEqualTo(100);
    var file = anonymous().accept("*/*").get(location + "/file").then().statusCode(200).extract();
    assertThat(file.contentType()).isEqualTo("application/pdf");
    assertThat(file.header("Content-Disposition"))
        .matches(
            "attachment; filename=\"piano-di-zona-oglio-po-\\d{4}-\\d{4}-v1-bozza\\.pdf\";"
                + " filename\\*=UTF-8''piano-di-zona-oglio-po-\\d{4}-\\d{4}-v1-bozza\\.pdf");
    byte[] pdf = file.asByteArray();
    assertThat((long) pdf.length).isEqualTo(job.getLong("size"));
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(doc);
      assertThat(text).contains("Indice", "1. Introduzione", "2. Il contesto territoriale");
      assertThat(text).contains("Il percorso partecipativo", "Perché un Piano");
      assertThat(text.split("Bozza", -1)).hasSize(doc.getNumberOfPages() + 1);
    }

    String odtJob =
        as(office)
            .body(Map.of("format", "ODT"))
            .post(base(plan) + "/versions/1/exports")
            .then()
            .statusCode(202)
            .extract()
            .header("Location");
    assertThat(awaitDone(odtJob).getString("status")).isEqualTo("DONE");
    var odt = anonymous().accept("*/*").get(odtJob + "/file").then().statusCode(200).extract();
    assertThat(odt.contentType()).isEqualTo(DocumentExportResource.ODT);
    assertThat(odt.header("Content-Disposition")).contains("-v1-bozza.odt");
    assertThat(it.zonale.shared.document.DocumentType.ODT.matches(odt.asByteArray())).isTrue();
    String content = ReportDocxTest.unzip(odt.asByteArray()).get("content.xml");
    assertThat(content.contains(">1. Introduzione<")).as("chapter heading in content.xml").isTrue();

    String docxJob =
        as(office)
            .body(Map.of("format", "DOCX"))
            .post(base(plan) + "/versions/1/exports")
            .then()
            .statusCode(202)
            .extract()
            .header("Location");
    assertThat(awaitDone(docxJob).getString("status")).isEqualTo("DONE");
    var docx = anonymous().accept("*/*").get(docxJob + "/file").then().statusCode(200).extract();
    assertThat(docx.contentType()).isEqualTo(DocumentExportResource.DOCX);
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.asByteArray()))) {
      List<String> headings =
          doc.getParagraphs().stream()
              .filter(p -> "Heading1".equals(p.getStyle()))
              .map(XWPFParagraph::getText)
              .toList();
      assertThat(headings).contains("1. Introduzione", "2. Il contesto territoriale");
      assertThat(
              doc.getParagraphs().stream()
                  .filter(p -> "Heading2".equals(p.getStyle()))
                  .map(XWPFParagraph::getText))
          .contains("Perché un Piano");
      assertThat(doc.getStyles().getStyle("Heading1").getName()).isEqualTo("heading 1");
      String xml = doc.getDocument().xmlText();
      assertThat(xml).contains("TOC \\o");
      assertThat(doc.getTables()).isNotEmpty();
      assertThat(doc.getTables().get(0).getRow(0).isRepeatHeader()).isTrue();
    }
    anonymous()
        .accept("*/*")
        .get("/api/v1/document-exports/" + UUID.randomUUID() + "/file")
        .then()
        .statusCode(404);
  }

  void approve(String plan, Integer version, UUID approvalId) {
    Arc.container().requestContext().activate();
    try {
      QuarkusTransaction.requiringNew()
          .run(
              () -> {
                db.createNativeQuery("update plans set description = 'approvato' where id = ?1")
                    .setParameter(1, UUID.fromString(plan))
                    .executeUpdate();
                // the approval on record, as ApprovalService writes it before firing the event
                db.createNativeQuery(
                        "insert into plan_approvals (id, plan_id, district_id, assembly_date,"
                            + " deliberation, document_version, total_population)"
                            + " select ?1, id, district_id, date '2021-12-20', 'Delibera n. 5/2021',"
                            + " ?2, 14200 from plans where id = ?3")
                    .setParameter(1, approvalId)
                    .setParameter(2, version)
                    .setParameter(3, UUID.fromString(plan))
                    .executeUpdate();
                db.createNativeQuery(
                        "insert into plan_approval_votes values"
                            + " (?1, '019021', 'Casalmaggiore', 12000, 'IN_FAVOUR'),"
                            + " (?1, '019052', 'Gussola', 2200, 'ABSTAINED')")
                    .setParameter(1, approvalId)
                    .executeUpdate();
                approvals.fire(
                    new PlanApproved(
                        UUID.fromString(plan),
                        approvalId,
                        LocalDate.of(2021, 12, 20),
                        "Delibera n. 5/2021",
                        version));
              });
    } finally {
      Arc.container().requestContext().terminate();
    }
  }

  String description(String plan) {
    return as(office).get("/api/v1/plans/" + plan).then().extract().path("description");
  }

  String export(String plan, String format) {
    return as(office)
        .body(Map.of("format", format))
        .post(base(plan) + "/versions/1/exports")
        .then()
        .statusCode(202)
        .extract()
        .header("Location");
  }

  @Test
  void theApprovedVersionExportsItsApprovedEditionBesideTheDraft() throws Exception {
    String plan = planId();
    section(plan, "introduction", "Introduzione", "Testo.", 50);
    assemble(plan);
    String draftJob = export(plan, "PDF");
    assertThat(awaitDone(draftJob).getString("edition")).isEqualTo("DRAFT");

    approve(plan, 1, UUID.randomUUID());
    String sha =
        anonymous().get(base(plan) + "/versions/1").then().extract().path("version.sha256");
    String approvedJob = export(plan, "PDF");
    assertThat(approvedJob).isNotEqualTo(draftJob);
    JsonPath job = awaitDone(approvedJob);
    assertThat(job.getString("status")).isEqualTo("DONE");
    assertThat(job.getString("edition")).isEqualTo("APPROVED");
    var file =
        anonymous().accept("*/*").get(approvedJob + "/file").then().statusCode(200).extract();
    assertThat(file.header("Content-Disposition")).contains("-v1-approvato.pdf");
    byte[] pdf = file.asByteArray();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(doc).replace('\u00A0', ' ');
      assertThat(text)
          .contains(
              "Versione approvata dall’Assemblea dei Sindaci",
              "Delibera n. 5/2021",
              "lunedì 20 dicembre 2021",
              "Verbale di approvazione",
              "Casalmaggiore",
              "12.000",
              "Favorevole",
              "Astenuto",
              "14.200",
              "84,5%",
              sha)
          .doesNotContain("Bozza", "IN_FAVOUR");
      assertThat(TypographyScan.problems(text.replaceAll(" *\\R *", " "))).isEmpty();
    }
    assertThat(VeraPdf.failedRules(pdf)).isEmpty();
    // the draft stays as it was, cached apart
    assertThat(
            anonymous()
                .accept("*/*")
                .get(draftJob + "/file")
                .then()
                .extract()
                .header("Content-Disposition"))
        .contains("-v1-bozza.pdf");

    String docxJob = export(plan, "DOCX");
    assertThat(awaitDone(docxJob).getString("edition")).isEqualTo("APPROVED");
    byte[] docx = anonymous().accept("*/*").get(docxJob + "/file").then().extract().asByteArray();
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
      String text =
          new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc).getText().replace('\u00A0', ' ');
      assertThat(text)
          .contains(
              "Versione approvata dall’Assemblea dei Sindaci",
              "Verbale di approvazione",
              "Casalmaggiore",
              sha)
          .doesNotContain("Bozza");
    }
  }

  @Test
  void approvalFreezesTheVersionOrIsUndoneWithoutOne() {
    String plan = planId();
    String before = description(plan);
    assertThatThrownBy(() -> approve(plan, null, UUID.randomUUID()))
        .isInstanceOf(DomainException.InvalidState.class)
        .extracting(e -> ((DomainException) e).type())
        .isEqualTo("document-version-missing");
    assertThat(description(plan)).isEqualTo(before);

    JsonPath gov = section(plan, "governance", "La governance", "Testo.", 150);
    assemble(plan);
    assemble(plan);
    assertThatThrownBy(() -> approve(plan, 7, UUID.randomUUID()))
        .isInstanceOf(DomainException.InvalidState.class);
    assertThat(description(plan)).isEqualTo(before);

    UUID approval = UUID.randomUUID();
    approve(plan, 1, approval);
    assertThat(description(plan)).isEqualTo("approvato");
    JsonPath v1 =
        anonymous().get(base(plan) + "/versions/1").then().statusCode(200).extract().jsonPath();
    assertThat(v1.getBoolean("version.frozen")).isTrue();
    assertThat(v1.getString("version.approvalId")).isEqualTo(approval.toString());
    assertThat(v1.getString("version.sha256")).hasSize(64);
    assertThat(
            anonymous()
                .get(base(plan) + "/versions")
                .then()
                .extract()
                .jsonPath()
                .getList("items.frozen"))
        .containsExactly(false, true);

    as(office)
        .post(base(plan) + "/versions")
        .then()
        .statusCode(422)
        .body("type", equalTo(PROBLEM + "document-frozen"));
    as(office)
        .body(Map.of("title", "x", "text", "y", "order", 1, "version", gov.getLong("version")))
        .put("/api/v1/document-sections/" + gov.getString("id"))
        .then()
        .statusCode(422)
        .body("type", equalTo(PROBLEM + "document-frozen"));
    as(ets(OGLIO_PO))
        .body(Map.of("text", "Tardi"))
        .post(base(plan) + "/versions/1/comments")
        .then()
        .statusCode(422)
        .body("type", equalTo(PROBLEM + "document-frozen"));
  }
}
