package it.zonale.participant;

import it.zonale.shared.security.Roles;
import it.zonale.shared.web.PageQuery;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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

/** Registrations of participants to one session. */
@Path("/api/v1/sessions/{sessionId}/participants")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "participants", description = "People who take part, and their registrations")
@RolesAllowed({Roles.CONSORTIUM, Roles.ASST, Roles.ETS, Roles.COMUNE})
public class RegistrationResource {
  private final ParticipantService service;

  public RegistrationResource(ParticipantService service) {
    this.service = service;
  }

  @GET
  @Operation(
      summary = "List a session's registrations",
      description = "The plan office sees all of them; an organisation only its own.")
  public RegistrationPage listRegistrations(
      @PathParam("sessionId") UUID sessionId, @Valid @BeanParam PageQuery page) {
    return service.listRegistrations(sessionId, page);
  }

  @POST
  @Operation(summary = "Register a participant to a session")
  @APIResponse(
      responseCode = "201",
      description = "Registered.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = Registration.class)))
  public Response registerParticipant(
      @PathParam("sessionId") UUID sessionId,
      @NotNull @Valid RegistrationCreate body,
      @Context UriInfo uri) {
    Registration created = service.registerParticipant(sessionId, body);
    return Response.created(
            uri.getAbsolutePathBuilder().path(created.participantId().toString()).build())
        .entity(created)
        .build();
  }

  @DELETE
  @Path("/{participantId}")
  @Operation(summary = "Cancel a registration before the session starts")
  @APIResponse(responseCode = "204", description = "Cancelled.")
  public void cancelRegistration(
      @PathParam("sessionId") UUID sessionId, @PathParam("participantId") UUID participantId) {
    service.cancelRegistration(sessionId, participantId);
  }
}
