package it.zonale.agreement;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import it.zonale.support.ApiTest;
import it.zonale.support.DemoDataProfile;
import org.junit.jupiter.api.Test;

/**
 * The demo accordo of the Cremasco 2025-2027 plan reproduces the public figures of the seed
 * article: 85 adhering ETS, 37 cooperatives and consortia, 12 diocesan bodies, 13 APS, 12
 * foundations, 10 ODV (and one more, as those five add up to 84).
 */
@QuarkusTest
@TestProfile(DemoDataProfile.class)
class DemoAgreementTest extends ApiTest {
  static final String CREMASCO_2025 = "b1000000-0000-4000-8000-000000000002";

  @Test
  void theRegisterOfCremasco2025CountsTheAdheringEtsOfTheSeedArticle() {
    anonymous()
        .get("/api/v1/plans/" + CREMASCO_2025 + "/agreement/register?limit=100")
        .then()
        .statusCode(200)
        .body("total", equalTo(85))
        .body("items", hasSize(85))
        .body("countsByKind.find { it.kind == 'SOCIAL_COOPERATIVE' }.count", equalTo(37))
        .body("countsByKind.find { it.kind == 'RELIGIOUS_BODY' }.count", equalTo(12))
        .body("countsByKind.find { it.kind == 'APS' }.count", equalTo(13))
        .body("countsByKind.find { it.kind == 'FOUNDATION' }.count", equalTo(12))
        .body("countsByKind.find { it.kind == 'ODV' }.count", equalTo(10))
        .body("countsByKind[0].kind", equalTo("SOCIAL_COOPERATIVE"));
  }

  @Test
  void theDemoAccordoIsSignedByTheComuniAsstAtsAndTheLeadBody() {
    anonymous()
        .get("/api/v1/plans/" + CREMASCO_2025 + "/agreement")
        .then()
        .statusCode(200)
        .body("status", equalTo("SIGNED"))
        .body("adheringCount", equalTo(85))
        .body("signatories", hasSize(51))
        .body("signatories[0].name", equalTo("Comunità Sociale Cremasca"))
        .body("signatories[1].kind", equalTo("ASST"))
        .body("signatories[2].kind", equalTo("ATS"))
        .body("signatories.findAll { it.kind == 'MUNICIPALITY' }", hasSize(48));
  }
}
