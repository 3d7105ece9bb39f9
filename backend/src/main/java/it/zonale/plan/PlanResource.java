package it.zonale.plan;

import it.zonale.policyarea.PolicyAreaPage;
import it.zonale.shared.security.Roles;
import it.zonale.shared.web.PageQuery;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Piani di Zona: public once published, managed by the plan office of their ambito. */
@Path("/api/v1/plans")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "plans", description = "Piani di Zona")
public class PlanResource {
  private final PlanService service;

  public PlanResource(PlanService service) {
    this.service = service;
  }

  @GET
  @PermitAll
  @Operation(
      summary = "List plans",
      description = "Published plans for everyone; drafts only inside their ambito.")
  public PlanPage listPlans(
      @QueryParam("districtId") UUID districtId,
      @QueryParam("status") PlanStatus status,
      @QueryParam("year") @Min(2000) @Max(2100) @Parameter(description = "A year the plan covers.")
          Integer year,
      @QueryParam("updatedSince")
          @Parameter(
              description =
                  "RFC 3339 date-time: only the items changed at or after it (inclusive),"
                      + " e.g. 2026-12-07T10:00:00Z. For an exact sync use the change feed.")
          OffsetDateTime updatedSince,
      @Valid @BeanParam PageQuery page) {
    return service.listPlans(
        districtId, status, year, updatedSince == null ? null : updatedSince.toInstant(), page);
  }

  @GET
  @Path("/{planId}")
  @PermitAll
  @Operation(summary = "Read a plan")
  public Plan getPlan(@PathParam("planId") UUID planId) {
    return service.getPlan(planId);
  }

  @POST
  @RolesAllowed(Roles.CONSORTIUM)
  @Operation(summary = "Create a draft plan for the caller's ambito")
  @APIResponse(
      responseCode = "201",
      description = "Created.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = Plan.class)))
  public Response createPlan(@NotNull @Valid PlanCreate body, @Context UriInfo uri) {
    Plan created = service.createPlan(body);
    return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
        .entity(created)
        .build();
  }

  @PUT
  @Path("/{planId}")
  @RolesAllowed(Roles.CONSORTIUM)
  @Operation(
      summary = "Update a plan",
      description = "409 stale-version when someone else saved first.")
  public Plan updatePlan(@PathParam("planId") UUID planId, @NotNull @Valid PlanUpdate body) {
    return service.updatePlan(planId, body);
  }

  @PUT
  @Path("/{planId}/status")
  @RolesAllowed(Roles.CONSORTIUM)
  @Operation(
      summary = "Move a plan to its next status",
      description = "draft, consultation, approved, monitoring, closed; any other move is 422.")
  public Plan changePlanStatus(
      @PathParam("planId") UUID planId, @NotNull @Valid PlanStatusChange body) {
    return service.changePlanStatus(planId, body);
  }

  @DELETE
  @Path("/{planId}")
  @RolesAllowed(Roles.CONSORTIUM)
  @Operation(summary = "Delete a draft plan")
  @APIResponse(responseCode = "204", description = "Deleted.")
  public void deletePlan(@PathParam("planId") UUID planId) {
    service.deletePlan(planId);
  }

  @GET
  @Path("/{planId}/policy-areas")
  @PermitAll
  @Operation(summary = "List the policy areas a plan works on")
  public PolicyAreaPage listPlanPolicyAreas(
      @PathParam("planId") UUID planId, @Valid @BeanParam PageQuery page) {
    return service.listPlanPolicyAreas(planId, page);
  }
}
