package it.zonale.phase;

import it.zonale.shared.security.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The timeline of a plan: its dated phases. */
@Path("/api/v1/phases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "phases", description = "Timeline of a plan")
public class PhaseResource {
  private final PhaseService service;

  public PhaseResource(PhaseService service) {
    this.service = service;
  }

  @GET
  @Path("/{phaseId}")
  @PermitAll
  @Operation(summary = "Read a phase")
  public PlanPhase getPhase(@PathParam("phaseId") UUID phaseId) {
    return service.getPhase(phaseId);
  }

  @PUT
  @Path("/{phaseId}")
  @RolesAllowed(Roles.CONSORTIUM)
  @Operation(summary = "Update a phase")
  public PlanPhase updatePhase(
      @PathParam("phaseId") UUID phaseId, @NotNull @Valid PlanPhaseUpdate body) {
    return service.updatePhase(phaseId, body);
  }

  @DELETE
  @Path("/{phaseId}")
  @RolesAllowed(Roles.CONSORTIUM)
  @Operation(summary = "Remove a phase")
  @APIResponse(responseCode = "204", description = "Removed.")
  public void deletePhase(@PathParam("phaseId") UUID phaseId) {
    service.deletePhase(phaseId);
  }
}
