package it.zonale.session;

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

/** Sessions (incontri): the meeting calendar of a plan. */
@Path("/api/v1/sessions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "sessions", description = "Incontri: plenaries and table meetings")
public class SessionResource {
  private final SessionService service;

  public SessionResource(SessionService service) {
    this.service = service;
  }

  @GET
  @Path("/{sessionId}")
  @PermitAll
  @Operation(summary = "Read a session")
  public Session getSession(@PathParam("sessionId") UUID sessionId) {
    return service.getSession(sessionId);
  }

  @PUT
  @Path("/{sessionId}")
  @RolesAllowed(Roles.CONSORTIUM)
  @Operation(summary = "Update a session")
  public Session updateSession(
      @PathParam("sessionId") UUID sessionId, @NotNull @Valid SessionUpdate body) {
    return service.updateSession(sessionId, body);
  }

  @PUT
  @Path("/{sessionId}/status")
  @RolesAllowed(Roles.CONSORTIUM)
  @Operation(summary = "Mark a session held or cancelled")
  public Session changeSessionStatus(
      @PathParam("sessionId") UUID sessionId, @NotNull @Valid SessionStatusChange body) {
    return service.changeSessionStatus(sessionId, body);
  }

  @DELETE
  @Path("/{sessionId}")
  @RolesAllowed(Roles.CONSORTIUM)
  @Operation(summary = "Delete a session without registrations")
  @APIResponse(responseCode = "204", description = "Deleted.")
  public void deleteSession(@PathParam("sessionId") UUID sessionId) {
    service.deleteSession(sessionId);
  }
}
