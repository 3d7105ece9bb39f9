package it.zonale.interest;

import it.zonale.shared.security.Roles;
import it.zonale.shared.web.PageQuery;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The expressions of interest that answer one call. */
@Path("/api/v1/calls/{callId}/expressions-of-interest")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
    name = "expressions-of-interest",
    description = "Manifestazioni d'interesse: organisations ask to join a call's tables")
public class CallExpressionOfInterestResource {
  private final ExpressionOfInterestService service;

  public CallExpressionOfInterestResource(ExpressionOfInterestService service) {
    this.service = service;
  }

  @GET
  @RolesAllowed({Roles.CONSORTIUM, Roles.ASST, Roles.ETS, Roles.COMUNE})
  @Operation(
      summary = "List a call's expressions of interest",
      description =
          "The plan office of the call's ambito sees all of them; anyone else only their own"
              + " organisation's.")
  public ExpressionOfInterestPage listExpressionsOfInterest(
      @PathParam("callId") UUID callId,
      @QueryParam("status") ExpressionOfInterestStatus status,
      @QueryParam("late")
          @Parameter(description = "true: only those submitted after the deadline; false: in time.")
          Boolean late,
      @Valid @BeanParam PageQuery page) {
    return service.listExpressionsOfInterest(callId, status, late, page);
  }

  @POST
  @RolesAllowed(Roles.ETS)
  @Operation(
      summary = "Draft the caller's organisation's expression of interest",
      description =
          "One per organisation and call, whichever delegate writes it: a second one is 409"
              + " expression-of-interest-exists, its detail naming the existing id. Allowed after"
              + " the deadline too; it will be submitted late.")
  @APIResponse(
      responseCode = "201",
      description = "Drafted.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ExpressionOfInterest.class)))
  public Response createExpressionOfInterest(
      @PathParam("callId") UUID callId,
      @NotNull @Valid ExpressionOfInterestCreate body,
      @Context UriInfo uri) {
    ExpressionOfInterest created = service.createExpressionOfInterest(callId, body);
    return Response.created(
            uri.getBaseUriBuilder()
                .path("api/v1/expressions-of-interest")
                .path(created.id().toString())
                .build())
        .entity(created)
        .build();
  }
}
