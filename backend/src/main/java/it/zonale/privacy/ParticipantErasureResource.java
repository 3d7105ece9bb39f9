package it.zonale.privacy;

import it.zonale.shared.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Erasure of a participant by the plan office of their ambito (art. 17 GDPR). */
@Path("/api/v1/participants/{participantId}/erasure")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "privacy", description = "Personal data: export and erasure (GDPR)")
public class ParticipantErasureResource {
  private final PrivacyService service;

  public ParticipantErasureResource(PrivacyService service) {
    this.service = service;
  }

  @POST
  @RolesAllowed(Roles.CONSORTIUM)
  @Operation(
      summary = "Erase a participant (pseudonymise them everywhere; audited; idempotent)",
      description =
          "The person's name becomes a pseudonym (\"Persona rimossa n. N\") in their record, the"
              + " minutes and the audit log; their e-mail is removed and the mails to them are"
              + " deleted. Registrations, attendance, counts and approved minutes stay. Asking again"
              + " answers the same erasure. Refused (422 person-has-upcoming-registrations) while"
              + " the person holds a seat at a session still to come.")
  public Erasure eraseParticipant(
      @PathParam("participantId") UUID participantId, @NotNull @Valid ErasureRequest body) {
    return service.erase(participantId, body);
  }
}
