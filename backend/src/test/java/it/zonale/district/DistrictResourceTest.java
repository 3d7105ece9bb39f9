package it.zonale.district;

import static it.zonale.support.Tokens.CREMASCO;
import static it.zonale.support.Tokens.OGLIO_PO;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import it.zonale.support.ApiTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DistrictResourceTest extends ApiTest {
  @Test
  void theCremonaAmbitiCarryTheirComuniAndPopulation() {
    anonymous()
        .get("/api/v1/districts")
        .then()
        .statusCode(200)
        .body("items.code", hasItems("CREMASCO", "CREMONESE", "OGLIO_PO"));
    anonymous()
        .get("/api/v1/districts/" + CREMASCO)
        .then()
        .statusCode(200)
        .body("municipalityCount", equalTo(48))
        .body("subdistricts.size()", equalTo(6));
    anonymous()
        .get("/api/v1/districts/" + OGLIO_PO)
        .then()
        .statusCode(200)
        .body("municipalityCount", equalTo(18))
        .body("subdistricts.name", hasItems("Casalasco", "Viadanese"));
  }

  @Test
  void municipalitiesArePagedKeepLeadingZerosAndCiteTheirSource() {
    anonymous()
        .get("/api/v1/districts/" + CREMASCO + "/municipalities?limit=100")
        .then()
        .statusCode(200)
        .body("total", equalTo(48))
        .body("items.size()", equalTo(48))
        .body("items.name", hasItems("Crema", "Agnadello"))
        .body("items.find { it.name == 'Agnadello' }.istatCode", equalTo("019002"))
        .body("source", containsString("ISTAT"));
  }

  @Test
  void unknownDistrictIs404() {
    anonymous()
        .get("/api/v1/districts/00000000-0000-4000-8000-000000000000")
        .then()
        .statusCode(404)
        .body("type", equalTo(PROBLEM + "district-not-found"));
  }
}
