package it.zonale.objective;

import it.zonale.shared.security.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

/** One objective and the indicators written under it. */
@Path("/api/v1/objectives")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "objectives", description = "Obiettivi: objectives, indicators and measurements")
public class ObjectiveResource {
  private final ObjectiveService service;
  private final IndicatorService indicators;

  public ObjectiveResource(ObjectiveService service, IndicatorService indicators) {
    this.service = service;
    this.indicators = indicators;
  }

  @GET
  @Path("/{objectiveId}")
  @PermitAll
  @Operation(summary = "Read an objective", description = "Readable as its plan is.")
  public Objective getObjective(@PathParam("objectiveId") UUID objectiveId) {
    return service.getObjective(objectiveId);
  }

  @PUT
  @Path("/{objectiveId}")
  @RolesAllowed(Roles.CONSORTIUM)
  @Operation(
      summary = "Update an objective",
      description =
          "A full replacement, citations included; 409 stale-version when someone saved first.")
  public Objective updateObjective(
      @PathParam("objectiveId") UUID objectiveId, @NotNull @Valid ObjectiveUpdate body) {
    return service.updateObjective(objectiveId, body);
  }

  @DELETE
  @Path("/{objectiveId}")
  @RolesAllowed(Roles.CONSORTIUM)
  @Operation(
      summary = "Delete an objective",
      description = "Its indicators and their measurements go with it.")
  @APIResponse(responseCode = "204", description = "Deleted.")
  public void deleteObjective(@PathParam("objectiveId") UUID objectiveId) {
    service.deleteObjective(objectiveId);
  }

  @POST
  @Path("/{objectiveId}/indicators")
  @RolesAllowed(Roles.CONSORTIUM)
  @Operation(
      summary = "Add an indicator to an objective",
      description = "Baseline and target with their years; at most 30 per objective.")
  @APIResponse(
      responseCode = "201",
      description = "Created.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = Indicator.class)))
  public Response createIndicator(
      @PathParam("objectiveId") UUID objectiveId,
      @NotNull @Valid IndicatorCreate body,
      @Context UriInfo uri) {
    Indicator created = indicators.createIndicator(objectiveId, body);
    return Response.created(
            uri.getBaseUriBuilder().path("api/v1/indicators").path(created.id().toString()).build())
        .entity(created)
        .build();
  }
}
