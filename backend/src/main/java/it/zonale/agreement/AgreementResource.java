package it.zonale.agreement;

import it.zonale.shared.security.Roles;
import it.zonale.shared.web.PageQuery;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
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

/** The accordo di programma of one plan, its register of adhering organisations and requests. */
@Path("/api/v1/plans/{planId}/agreement")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
    name = "agreements",
    description = "Accordo di programma: signatories, adhesions of the Third Sector, register")
public class AgreementResource {
  private final AgreementService agreements;
  private final AdhesionService adhesions;

  public AgreementResource(AgreementService agreements, AdhesionService adhesions) {
    this.agreements = agreements;
    this.adhesions = adhesions;
  }

  @GET
  @PermitAll
  @Operation(
      summary = "Read a plan's accordo di programma",
      description =
          "A signed accordo is public with its plan; a draft is seen only by the plan office of"
              + " the ambito (404 for anyone else).")
  public Agreement getAgreement(@PathParam("planId") UUID planId) {
    return agreements.getAgreement(planId);
  }

  @PUT
  @RolesAllowed(Roles.CONSORTIUM)
  @Operation(
      summary = "Write the accordo di programma and its signatories",
      description =
          "Version 0 writes the first draft; afterwards send the version you read (409 when"
              + " someone else saved first). Signatories are public bodies of the ambito"
              + " (organisationId) or its comuni (municipalityIstatCode), each once. Once the"
              + " signature is recorded the text (title, deliberation reference, summary) is"
              + " the signed one (422 agreement-signed); signatories and dates may still be"
              + " completed.")
  public Agreement saveAgreement(
      @PathParam("planId") UUID planId, @NotNull @Valid AgreementUpdate body) {
    return agreements.saveAgreement(planId, body);
  }

  @POST
  @Path("/signature")
  @RolesAllowed(Roles.CONSORTIUM)
  @Operation(
      summary = "Record the signature of the accordo",
      description =
          "DRAFT to SIGNED for the version the plan office read; needs the date of signature and"
              + " at least one signatory (422 agreement-incomplete). The accordo becomes public.")
  public Agreement signAgreement(
      @PathParam("planId") UUID planId, @NotNull @Valid AgreementSignature body) {
    return agreements.signAgreement(planId, body);
  }

  @GET
  @Path("/register")
  @PermitAll
  @Operation(
      summary = "The public register of adhering organisations",
      description =
          "The organisations whose adhesion was accepted, by name, with the total and the counts"
              + " by kind of all of them.")
  public AdhesionRegister getAdhesionRegister(
      @PathParam("planId") UUID planId, @Valid @BeanParam PageQuery page) {
    return agreements.getAdhesionRegister(planId, page);
  }

  @GET
  @Path("/adhesions")
  @RolesAllowed({Roles.CONSORTIUM, Roles.ASST, Roles.ETS, Roles.COMUNE})
  @Operation(
      summary = "List requests of adhesion",
      description =
          "The plan office of the ambito sees every request; an organisation only its own. Oldest"
              + " first.")
  public AdhesionPage listAdhesions(
      @PathParam("planId") UUID planId,
      @QueryParam("status") AdhesionStatus status,
      @Valid @BeanParam PageQuery page) {
    return adhesions.listAdhesions(planId, status, page);
  }

  @POST
  @Path("/adhesions")
  @RolesAllowed(Roles.ETS)
  @Operation(
      summary = "Ask that the organisation adhere to the accordo",
      description =
          "For an organisation that took part in the plan: a member of one of its tables, or"
              + " registered to (or present at) one of its incontri (422 not-a-participant"
              + " otherwise). Public bodies sign instead (422 public-body-signs). One request per"
              + " organisation (409 adhesion-exists), unless withdrawn.")
  @APIResponse(
      responseCode = "201",
      description = "Requested.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = Adhesion.class)))
  public Response requestAdhesion(
      @PathParam("planId") UUID planId, @Valid AdhesionCreate body, @Context UriInfo uri) {
    Adhesion created = adhesions.requestAdhesion(planId, body);
    return Response.created(
            uri.getBaseUriBuilder().path("api/v1/adhesions").path(created.id().toString()).build())
        .entity(created)
        .build();
  }
}
