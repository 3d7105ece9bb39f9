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
import jakarta.ws.rs.PUT;
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

/** Participants (the people of an organisation) and their registrations to sessions. */
@Path("/api/v1/participants")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "participants", description = "People who take part, and their registrations")
@RolesAllowed({Roles.CONSORTIUM, Roles.ASST, Roles.ETS, Roles.COMUNE})
public class ParticipantResource {
  private final ParticipantService service;

  public ParticipantResource(ParticipantService service) {
    this.service = service;
  }

  @GET
  @Operation(summary = "List the participants of an organisation (the caller's own by default)")
  public ParticipantPage listParticipants(
      @QueryParam("organizationId") UUID organizationId, @Valid @BeanParam PageQuery page) {
    return service.listParticipants(organizationId, page);
  }

  @POST
  @Operation(summary = "Add a participant to an organisation")
  @APIResponse(
      responseCode = "201",
      description = "Added.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = Participant.class)))
  public Response addParticipant(@NotNull @Valid ParticipantCreate body, @Context UriInfo uri) {
    Participant created = service.addParticipant(body);
    return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
        .entity(created)
        .build();
  }

  @GET
  @Path("/{participantId}")
  @Operation(summary = "Read a participant")
  public Participant getParticipant(@PathParam("participantId") UUID participantId) {
    return service.getParticipant(participantId);
  }

  @PUT
  @Path("/{participantId}")
  @Operation(summary = "Update a participant")
  public Participant updateParticipant(
      @PathParam("participantId") UUID participantId, @NotNull @Valid ParticipantUpdate body) {
    return service.updateParticipant(participantId, body);
  }

  @DELETE
  @Path("/{participantId}")
  @Operation(summary = "Remove a participant without registrations")
  @APIResponse(responseCode = "204", description = "Removed.")
  public void deleteParticipant(@PathParam("participantId") UUID participantId) {
    service.deleteParticipant(participantId);
  }
}
