package it.zonale.minutes;

import it.zonale.shared.security.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The minutes (verbale) of one session. */
@Path("/api/v1/sessions/{sessionId}/minutes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "minutes", description = "Minutes of the sessions: drafted, approved, then public")
public class MinutesResource {
  private final MinutesService service;

  public MinutesResource(MinutesService service) {
    this.service = service;
  }

  @GET
  @PermitAll
  @Operation(
      summary = "Read a session's minutes",
      description =
          "Approved minutes are public with their session; a draft is seen only by the plan"
              + " office of the ambito (404 for anyone else).")
  public Minutes getMinutes(@PathParam("sessionId") UUID sessionId) {
    return service.getMinutes(sessionId);
  }

  @PUT
  @RolesAllowed(Roles.CONSORTIUM)
  @Operation(
      summary = "Write the draft minutes",
      description =
          "Version 0 writes the first draft; afterwards send the version you read (409 when"
              + " someone else saved first). Approved minutes are frozen (422).")
  public Minutes saveMinutes(
      @PathParam("sessionId") UUID sessionId, @NotNull @Valid MinutesUpdate body) {
    return service.saveDraft(sessionId, body);
  }

  @POST
  @Path("/approval")
  @RolesAllowed(Roles.CONSORTIUM)
  @Operation(
      summary = "Approve the minutes",
      description = "Freezes the version read by the plan office and publishes it.")
  public Minutes approveMinutes(
      @PathParam("sessionId") UUID sessionId, @NotNull @Valid MinutesApproval body) {
    return service.approve(sessionId, body);
  }

  @PUT
  @Path("/errata/{number}")
  @RolesAllowed(Roles.CONSORTIUM)
  @Operation(
      summary = "Write a correction (erratum) of approved minutes",
      description =
          "Approved minutes never change. Version 0 opens the next numbered erratum (422 while"
              + " another is waiting for approval); afterwards send the version you read. Returns"
              + " the minutes with their errata.")
  public Minutes saveMinutesErratum(
      @PathParam("sessionId") UUID sessionId,
      @PathParam("number") @Min(1) @Max(10000) int number,
      @NotNull @Valid MinutesUpdate body) {
    return service.saveErratum(sessionId, number, body);
  }

  @POST
  @Path("/errata/{number}/approval")
  @RolesAllowed(Roles.CONSORTIUM)
  @Operation(
      summary = "Approve an erratum",
      description = "Freezes the erratum version read by the plan office and publishes it.")
  public Minutes approveMinutesErratum(
      @PathParam("sessionId") UUID sessionId,
      @PathParam("number") @Min(1) @Max(10000) int number,
      @NotNull @Valid MinutesApproval body) {
    return service.approveErratum(sessionId, number, body);
  }
}
