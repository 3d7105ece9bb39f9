package it.zonale.agreement;

import it.zonale.shared.security.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * One request of adhesion: read, withdrawn by its organisation, decided by the plan office;
 * withdraw takes no body, so it accepts any Content-Type.
 */
@Path("/api/v1/adhesions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
    name = "agreements",
    description = "Accordo di programma: signatories, adhesions of the Third Sector, register")
public class AdhesionResource {
  private final AdhesionService service;

  public AdhesionResource(AdhesionService service) {
    this.service = service;
  }

  @GET
  @Path("/{adhesionId}")
  @PermitAll
  @Operation(
      summary = "Read a request of adhesion",
      description =
          "An accepted adhesion is public; any other is seen only by its organisation and the"
              + " plan office of the ambito (404 for anyone else).")
  public Adhesion getAdhesion(@PathParam("adhesionId") UUID adhesionId) {
    return service.getAdhesion(adhesionId);
  }

  @POST
  @Path("/{adhesionId}/withdraw")
  @Consumes(MediaType.WILDCARD)
  @RolesAllowed(Roles.ETS)
  @Operation(
      summary = "Withdraw the organisation's pending request",
      description = "Only while REQUESTED (422 adhesion-not-pending); it may ask again later.")
  public Adhesion withdrawAdhesion(@PathParam("adhesionId") UUID adhesionId) {
    return service.withdrawAdhesion(adhesionId);
  }

  @POST
  @Path("/{adhesionId}/decision")
  @RolesAllowed(Roles.CONSORTIUM)
  @Operation(
      summary = "Accept or reject a request of adhesion",
      description =
          "The plan office accepts it (the organisation enters the public register) or rejects it"
              + " with a reason (400 when missing). A decision is final (422"
              + " adhesion-not-pending).")
  public Adhesion decideAdhesion(
      @PathParam("adhesionId") UUID adhesionId, @NotNull @Valid AdhesionDecision body) {
    return service.decideAdhesion(adhesionId, body);
  }
}
