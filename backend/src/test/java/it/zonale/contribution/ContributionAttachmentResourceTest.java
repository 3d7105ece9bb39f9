package it.zonale.contribution;

import static io.restassured.RestAssured.given;
import static it.zonale.support.Tokens.OGLIO_PO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import it.zonale.support.ApiTest;
import it.zonale.support.Tokens;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ContributionAttachmentResourceTest extends ApiTest {
  static final String PDF = "application/pdf";
  static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  final String office = Tokens.consortium(OGLIO_PO);

  static byte[] pdf(String text) {
    return ("%PDF-1.4\n% " + text + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
  }

  static Response upload(String token, Object contributionId, String type, String name, byte[] b) {
    return given()
        .header("Authorization", Tokens.bearer(token))
        .contentType(type)
        .queryParam("filename", name)
        .body(b)
        .post("/api/v1/contributions/" + contributionId + "/attachments");
  }

  @Test
  void anAnnexTravelsWithItsIstanzaAndIsPublicOnceAnswered() throws Exception {
    var plan = publish(office, createPlan(office, OGLIO_PO, policyAreaIds(1)));
    UUID org = registerOrganization(office, "APS");
    String ets = Tokens.token("ets.annex." + org, "ets", org, OGLIO_PO);
    String other = Tokens.token("ets.other", "ets", registerOrganization(office, "ODV"), OGLIO_PO);
    var draft =
        as(ets)
            .body(Map.of("title", "Casa", "text", "Un'agenzia per l'abitare."))
            .post("/api/v1/plans/" + plan.get("id") + "/contributions")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getMap("");
    Object id = draft.get("id");
    String list = "/api/v1/contributions/" + id + "/attachments";
    byte[] content = pdf("Proposta");

    var created =
        upload(ets, id, PDF, "Proposta è.pdf", content)
            .then()
            .statusCode(201)
            .body("mediaType", equalTo(PDF))
            .body("size", equalTo(content.length))
            .extract()
            .jsonPath()
            .getMap("");
    String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    assertThat(created.get("sha256")).isEqualTo(sha);

    // Checked by content, not by the declared type; empty files and bad names refused.
    upload(ets, id, DOCX, "finto.docx", content)
        .then()
        .statusCode(415)
        .body("type", equalTo(PROBLEM + "attachment-type-mismatch"));
    upload(ets, id, "text/plain", "nota.txt", "ciao".getBytes(StandardCharsets.UTF_8))
        .then()
        .statusCode(415);
    upload(ets, id, PDF, "../x.pdf", content)
        .then()
        .statusCode(400)
        .body("errors[0].code", equalTo("invalid-format"));
    // Another organisation cannot touch it, nor read the draft's annexes.
    upload(other, id, PDF, "intruso.pdf", content).then().statusCode(404);
    as(other).get(list).then().statusCode(404);
    anonymous().get(list).then().statusCode(404);

    // At most five per istanza.
    for (int i = 2; i <= 5; i++) {
      upload(ets, id, PDF, "allegato-" + i + ".pdf", pdf("n" + i)).then().statusCode(201);
    }
    upload(ets, id, PDF, "sesto.pdf", content)
        .then()
        .statusCode(422)
        .body("type", equalTo(PROBLEM + "too-many-attachments"));
    as(ets).get(list).then().statusCode(200).body("total", equalTo(5));
    as(ets).delete(list + "/" + created.get("id")).then().statusCode(204);
    String kept =
        upload(ets, id, PDF, "Proposta.pdf", content).then().statusCode(201).extract().path("id");

    // Submitted: the annexes are fixed.
    var submitted =
        given()
            .header("Authorization", Tokens.bearer(ets))
            .post("/api/v1/contributions/" + id + "/submit")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getMap("");
    upload(ets, id, PDF, "tardi.pdf", content)
        .then()
        .statusCode(422)
        .body("type", equalTo(PROBLEM + "contribution-not-editable"));
    as(ets).delete(list + "/" + kept).then().statusCode(422);
    as(office).get(list).then().statusCode(200).body("total", equalTo(5));

    as(office)
        .body(
            Map.of(
                "outcome",
                "ACCEPTED",
                "reasoning",
                "Accolta.",
                "version",
                submitted.get("version")))
        .put("/api/v1/contributions/" + id + "/answer")
        .then()
        .statusCode(200);
    Response download = given().accept("*/*").get(list + "/" + kept);
    download
        .then()
        .statusCode(200)
        .contentType(PDF)
        .header("Content-Disposition", startsWith("attachment; filename=\"Proposta.pdf\""));
    assertThat(download.asByteArray()).isEqualTo(content);
  }
}
