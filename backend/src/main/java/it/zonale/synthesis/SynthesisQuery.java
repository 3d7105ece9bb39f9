package it.zonale.synthesis;

import it.zonale.organization.OrganizationKind;
import jakarta.ws.rs.QueryParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters of a synthesis: which questions (table, policy area) and which respondents. */
class SynthesisQuery {
  @QueryParam("tableId")
  @Parameter(description = "Only the questions tied to this table.")
  public UUID tableId;

  @QueryParam("policyAreaId")
  @Parameter(
      description =
          "Only the questions tied to this policy area, and of a matrix only its rows tied to it.")
  public UUID policyAreaId;

  @QueryParam("subdistrictId")
  @Parameter(description = "Only organisations answering for this sub-ambito.")
  public UUID subdistrictId;

  @QueryParam("kind")
  @Parameter(description = "Only organisations of this kind.")
  public OrganizationKind kind;

  public SynthesisQuery() {}

  public SynthesisQuery(
      UUID tableId, UUID policyAreaId, UUID subdistrictId, OrganizationKind kind) {
    this.tableId = tableId;
    this.policyAreaId = policyAreaId;
    this.subdistrictId = subdistrictId;
    this.kind = kind;
  }

  static SynthesisQuery none() {
    return new SynthesisQuery();
  }
}
