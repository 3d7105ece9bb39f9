package it.zonale.organization;

import static it.zonale.support.Tokens.CREMASCO;
import static it.zonale.support.Tokens.OGLIO_PO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;

import io.quarkus.test.junit.QuarkusTest;
import it.zonale.support.ApiTest;
import it.zonale.support.Tokens;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OrganizationResourceTest extends ApiTest {
  final String office = Tokens.consortium(OGLIO_PO);

  @Test
  void taxCodeCheckDigitIsValidated() {
    assertThat(TaxCode.Validator.isValid("00000000000")).isTrue();
    assertThat(TaxCode.Validator.isValid("01234567890")).isFalse();
    String valid = taxCode();
    String wrongCheck = valid.substring(0, 10) + ((valid.charAt(10) - '0' + 1) % 10);
    as(office)
        .body(
            Map.of(
                "name",
                "Cooperativa",
                "taxCode",
                wrongCheck,
                "kind",
                "SOCIAL_COOPERATIVE",
                "districtIds",
                List.of(OGLIO_PO)))
        .post("/api/v1/organizations")
        .then()
        .statusCode(400)
        .body("errors[0].pointer", equalTo("/taxCode"))
        .body("errors[0].code", equalTo("invalid-tax-code"));
  }

  @Test
  void aTaxCodeIsRegisteredOnce() {
    String code = taxCode();
    Map<String, Object> body =
        Map.of(
            "name",
            "APS Insieme",
            "taxCode",
            code,
            "kind",
            "APS",
            "runtsSection",
            "APS",
            "runtsNumber",
            "12345",
            "districtIds",
            List.of(OGLIO_PO));
    as(office)
        .body(body)
        .post("/api/v1/organizations")
        .then()
        .statusCode(201)
        .body("runtsSection", equalTo("APS"));
    as(office)
        .body(body)
        .post("/api/v1/organizations")
        .then()
        .statusCode(409)
        .body("type", equalTo(PROBLEM + "organization-tax-code-taken"));
  }

  @Test
  void publicBodiesHaveNoRuntsRegistration() {
    as(office)
        .body(
            Map.of(
                "name",
                "Comune di Prova",
                "taxCode",
                taxCode(),
                "kind",
                "MUNICIPALITY",
                "runtsNumber",
                "1",
                "districtIds",
                List.of(OGLIO_PO)))
        .post("/api/v1/organizations")
        .then()
        .statusCode(400)
        .body("errors[0].pointer", equalTo("/runtsNumber"))
        .body("errors[0].code", equalTo("not-allowed"));
  }

  @Test
  void theOrganizationItselfUpdatesItsProfileAndOthersCannot() {
    UUID id = registerOrganization(office, "ODV");
    String self = Tokens.token("delegato", "ets", id, OGLIO_PO);
    Map<String, Object> update =
        Map.of(
            "name",
            "ODV Volontari Casalaschi",
            "kind",
            "ODV",
            "runtsSection",
            "ODV",
            "email",
            "odv@example.org",
            "districtIds",
            List.of(OGLIO_PO),
            "version",
            0);
    as(self)
        .body(update)
        .put("/api/v1/organizations/" + id)
        .then()
        .statusCode(200)
        .body("name", equalTo("ODV Volontari Casalaschi"))
        .body("version", equalTo(1));
    as(Tokens.withRole("ets", OGLIO_PO))
        .body(update)
        .put("/api/v1/organizations/" + id)
        .then()
        .statusCode(403);
    as(Tokens.consortium(CREMASCO))
        .body(update)
        .put("/api/v1/organizations/" + id)
        .then()
        .statusCode(403);
    as(self).body(update).put("/api/v1/organizations/" + id).then().statusCode(409);
  }

  @Test
  void listFiltersByKindAndNameAndNeedsAToken() {
    registerOrganization(office, "FOUNDATION");
    anonymous().get("/api/v1/organizations").then().statusCode(401);
    as(office)
        .get("/api/v1/organizations?kind=FOUNDATION&districtId=" + OGLIO_PO)
        .then()
        .statusCode(200)
        .body("items.kind", everyItem(equalTo("FOUNDATION")));
    as(office)
        .get("/api/v1/organizations?q=%25_%5C")
        .then()
        .statusCode(200)
        .body("total", equalTo(0));
  }

  @Test
  void aPlanOfficeRegistersOnlyInItsOwnDistrict() {
    as(office)
        .body(
            Map.of(
                "name",
                "Altro",
                "taxCode",
                taxCode(),
                "kind",
                "APS",
                "districtIds",
                List.of(CREMASCO)))
        .post("/api/v1/organizations")
        .then()
        .statusCode(403);
  }
}
