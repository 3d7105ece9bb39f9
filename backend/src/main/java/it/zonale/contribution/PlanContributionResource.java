package it.zonale.contribution;

import it.zonale.shared.security.Roles;
import it.zonale.shared.web.PageQuery;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The istanze brought to one plan. */
@Path("/api/v1/plans/{planId}/contributions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
    name = "contributions",
    description = "Istanze: contributions of organisations to a plan, answered by the plan office")
public class PlanContributionResource {
  private final ContributionService service;

  public PlanContributionResource(ContributionService service) {
    this.service = service;
  }

  @GET
  @PermitAll
  @Operation(
      summary = "List a plan's istanze",
      description =
          "Answered istanze are public, with their answer; a signed-in caller also sees its own"
              + " organisation's in any state, and the plan office of the plan's ambito every"
              + " submitted one. By number, drafts last.")
  public ContributionPage listContributions(
      @PathParam("planId") UUID planId,
      @QueryParam("status") ContributionStatus status,
      @QueryParam("tableId") @Parameter(description = "Only those about this table.") UUID tableId,
      @QueryParam("policyAreaId") @Parameter(description = "Only those about this policy area.")
          UUID policyAreaId,
      @QueryParam("organizationId") @Parameter(description = "Only those of this organisation.")
          UUID organizationId,
      @Valid @BeanParam PageQuery page) {
    return service.listContributions(planId, status, tableId, policyAreaId, organizationId, page);
  }

  @POST
  @RolesAllowed({Roles.ETS, Roles.COMUNE, Roles.ASST})
  @Operation(
      summary = "Draft an istanza of the caller's organisation",
      description =
          "For a plan in consultation (422 plan-not-in-consultation otherwise) of an ambito where"
              + " the organisation works (403 organization-not-in-district). The table, incontro"
              + " and policy areas must be the plan's (400 unknown-reference).")
  @APIResponse(
      responseCode = "201",
      description = "Drafted.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = Contribution.class)))
  public Response createContribution(
      @PathParam("planId") UUID planId,
      @NotNull @Valid ContributionCreate body,
      @Context UriInfo uri) {
    Contribution created = service.createContribution(planId, body);
    return Response.created(
            uri.getBaseUriBuilder()
                .path("api/v1/contributions")
                .path(created.id().toString())
                .build())
        .entity(created)
        .build();
  }
}
