package it.zonale.objective;

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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The objectives of one plan. */
@Path("/api/v1/plans/{planId}/objectives")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "objectives", description = "Obiettivi: objectives, indicators and measurements")
public class PlanObjectiveResource {
  private final ObjectiveService service;

  public PlanObjectiveResource(ObjectiveService service) {
    this.service = service;
  }

  @GET
  @PermitAll
  @Operation(
      summary = "List a plan's objectives",
      description =
          "Readable as the plan is. By policy area, then oldest first; each with its indicators,"
              + " measurements and progress.")
  public ObjectivePage listObjectives(
      @PathParam("planId") UUID planId,
      @QueryParam("policyAreaId") UUID policyAreaId,
      @QueryParam("tableId") UUID tableId,
      @QueryParam("status") ObjectiveStatus status,
      @Valid @BeanParam PageQuery page) {
    return service.listObjectives(planId, policyAreaId, tableId, status, page);
  }

  @POST
  @RolesAllowed(Roles.CONSORTIUM)
  @Operation(
      summary = "Write an objective",
      description =
          "The plan office of the plan's ambito, while the plan is not closed. The policy area must"
              + " be one of the plan's, the table and the cited istanze (submitted) and surveys of"
              + " this plan, the dates within the plan's period.")
  @APIResponse(
      responseCode = "201",
      description = "Created.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = Objective.class)))
  public Response createObjective(
      @PathParam("planId") UUID planId,
      @NotNull @Valid ObjectiveCreate body,
      @Context UriInfo uri) {
    Objective created = service.createObjective(planId, body);
    return Response.created(
            uri.getBaseUriBuilder().path("api/v1/objectives").path(created.id().toString()).build())
        .entity(created)
        .build();
  }
}
