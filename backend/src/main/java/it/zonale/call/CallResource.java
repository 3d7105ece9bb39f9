package it.zonale.call;

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

/** Calls for expressions of interest (inviti al Terzo settore). */
@Path("/api/v1/calls")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "calls", description = "Inviti: calls for expressions of interest and their documents")
public class CallResource {
  private final CallService service;

  public CallResource(CallService service) {
    this.service = service;
  }

  @GET
  @Path("/{callId}")
  @PermitAll
  @Operation(
      summary = "Read a call",
      description =
          "Readable as its plan is; status is OPEN before the deadline, CLOSED from it on.")
  public Call getCall(@PathParam("callId") UUID callId) {
    return service.getCall(callId);
  }

  @PUT
  @Path("/{callId}")
  @RolesAllowed(Roles.CONSORTIUM)
  @Operation(
      summary = "Update a call",
      description =
          "409 stale-version when someone else saved first; 409 call-table-chosen when a table"
              + " that an expression of interest asks to join is left out.")
  public Call updateCall(@PathParam("callId") UUID callId, @NotNull @Valid CallUpdate body) {
    return service.updateCall(callId, body);
  }

  @DELETE
  @Path("/{callId}")
  @RolesAllowed(Roles.CONSORTIUM)
  @Operation(
      summary = "Delete a call that no organisation has answered",
      description =
          "Its attachments go with it; 409 call-answered once an expression of interest exists.")
  @APIResponse(responseCode = "204", description = "Deleted.")
  public void deleteCall(@PathParam("callId") UUID callId) {
    service.deleteCall(callId);
  }
}
