package it.zonale.contribution;

import it.zonale.shared.security.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Istanze: written by an organisation, answered by the plan office; submit and withdraw take no
 * body, so they accept any Content-Type (a browser sends none).
 */
@Path("/api/v1/contributions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
    name = "contributions",
    description = "Istanze: contributions of organisations to a plan, answered by the plan office")
public class ContributionResource {
  private final ContributionService service;

  public ContributionResource(ContributionService service) {
    this.service = service;
  }

  @GET
  @Path("/{contributionId}")
  @PermitAll
  @Operation(
      summary = "Read an istanza",
      description =
          "Public once answered; before, only for its organisation and (once submitted) the plan"
              + " office of its ambito: 404 for anyone else, as if it did not exist.")
  public Contribution getContribution(@PathParam("contributionId") UUID contributionId) {
    return service.getContribution(contributionId);
  }

  @PUT
  @Path("/{contributionId}")
  @RolesAllowed({Roles.ETS, Roles.COMUNE, Roles.ASST})
  @Operation(
      summary = "Update the organisation's draft istanza",
      description =
          "Only a DRAFT (422 contribution-not-editable) of a plan in consultation; 409"
              + " stale-version when another member saved first.")
  public Contribution updateContribution(
      @PathParam("contributionId") UUID contributionId, @NotNull @Valid ContributionUpdate body) {
    return service.updateContribution(contributionId, body);
  }

  @POST
  @Path("/{contributionId}/submit")
  @Consumes(MediaType.WILDCARD)
  @RolesAllowed({Roles.ETS, Roles.COMUNE, Roles.ASST})
  @Operation(
      summary = "Submit the organisation's istanza",
      description =
          "DRAFT to SUBMITTED, while the plan is in consultation. It gets the plan's next number"
              + " (reference IST-001, IST-002…), never given to another istanza.")
  public Contribution submitContribution(@PathParam("contributionId") UUID contributionId) {
    return service.submitContribution(contributionId);
  }

  @POST
  @Path("/{contributionId}/withdraw")
  @Consumes(MediaType.WILDCARD)
  @RolesAllowed({Roles.ETS, Roles.COMUNE, Roles.ASST})
  @Operation(
      summary = "Withdraw the organisation's istanza",
      description =
          "A DRAFT or SUBMITTED one; an answered one stays (422"
              + " contribution-transition-not-allowed). A withdrawn istanza keeps its number.")
  public Contribution withdrawContribution(@PathParam("contributionId") UUID contributionId) {
    return service.withdrawContribution(contributionId);
  }

  @PUT
  @Path("/{contributionId}/answer")
  @RolesAllowed(Roles.CONSORTIUM)
  @Operation(
      summary = "Answer a submitted istanza, or correct the answer",
      description =
          "The plan office of the ambito answers ACCEPTED, TAKEN_INTO_ACCOUNT or NOT_PERTINENT"
              + " with a reasoning; the istanza becomes ANSWERED and public. The same call corrects"
              + " an answer (409 stale-version on an old version).")
  public Contribution answerContribution(
      @PathParam("contributionId") UUID contributionId, @NotNull @Valid ContributionAnswer body) {
    return service.answerContribution(contributionId, body);
  }
}
