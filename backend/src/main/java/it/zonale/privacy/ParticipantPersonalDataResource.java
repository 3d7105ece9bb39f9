package it.zonale.privacy;

import it.zonale.shared.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A participant's data, exported by the plan office of their ambito on their request. */
@Path("/api/v1/participants/{participantId}/personal-data")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "privacy", description = "Personal data: export and erasure (GDPR)")
public class ParticipantPersonalDataResource {
  private final PrivacyService service;

  public ParticipantPersonalDataResource(PrivacyService service) {
    this.service = service;
  }

  @GET
  @RolesAllowed(Roles.CONSORTIUM)
  @Operation(
      summary = "Export a participant's data (plan office, on the person's request; audited)")
  public PersonalData getParticipantPersonalData(@PathParam("participantId") UUID participantId) {
    return service.personalDataOf(participantId);
  }
}
