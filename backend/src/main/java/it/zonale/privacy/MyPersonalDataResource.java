package it.zonale.privacy;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The signed-in person's own data (art. 15 and 20 GDPR). */
@Path("/api/v1/me/personal-data")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "privacy", description = "Personal data: export and erasure (GDPR)")
public class MyPersonalDataResource {
  private final PrivacyService service;

  public MyPersonalDataResource(PrivacyService service) {
    this.service = service;
  }

  @GET
  @Authenticated
  @Operation(
      summary = "Everything Zonale holds about me",
      description =
          "The account as the token says, the participant records with the token's verified"
              + " e-mail (in any organisation) with their registrations and attendance, the audit"
              + " entries where I am the actor, and the mails written to me.")
  public MyPersonalData getMyPersonalData() {
    return service.myPersonalData();
  }
}
