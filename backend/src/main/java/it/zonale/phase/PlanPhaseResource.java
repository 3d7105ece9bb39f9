package it.zonale.phase;

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

/** The timeline of one plan: list and add its phases. */
@Path("/api/v1/plans/{planId}/phases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "phases", description = "Timeline of a plan")
public class PlanPhaseResource {
  private final PhaseService service;

  public PlanPhaseResource(PhaseService service) {
    this.service = service;
  }

  @GET
  @PermitAll
  @Operation(summary = "List a plan's timeline in date order")
  public PlanPhasePage listPhases(
      @PathParam("planId") UUID planId, @Valid @BeanParam PageQuery page) {
    return service.listPhases(planId, page);
  }

  @POST
  @RolesAllowed(Roles.CONSORTIUM)
  @Operation(summary = "Add a phase to a plan's timeline")
  @APIResponse(
      responseCode = "201",
      description = "Added.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PlanPhase.class)))
  public Response addPhase(
      @PathParam("planId") UUID planId,
      @NotNull @Valid PlanPhaseCreate body,
      @Context UriInfo uri) {
    PlanPhase created = service.addPhase(planId, body);
    return Response.created(
            uri.getBaseUriBuilder().path("api/v1/phases").path(created.id().toString()).build())
        .entity(created)
        .build();
  }
}
