package it.zonale.call;

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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The calls for expressions of interest of one plan. */
@Path("/api/v1/plans/{planId}/calls")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "calls", description = "Inviti: calls for expressions of interest and their documents")
public class PlanCallResource {
  private final CallService service;

  public PlanCallResource(CallService service) {
    this.service = service;
  }

  @GET
  @PermitAll
  @Operation(
      summary = "List a plan's calls",
      description =
          "Readable as the plan is: by everyone once it is published. Latest deadline first.")
  public CallPage listCalls(
      @PathParam("planId") UUID planId,
      @QueryParam("updatedSince")
          @Parameter(
              description =
                  "RFC 3339 date-time: only the items changed at or after it (inclusive),"
                      + " e.g. 2026-12-07T10:00:00Z. For an exact sync use the change feed.")
          OffsetDateTime updatedSince,
      @Valid @BeanParam PageQuery page) {
    return service.listCalls(planId, updatedSince == null ? null : updatedSince.toInstant(), page);
  }

  @POST
  @RolesAllowed(Roles.CONSORTIUM)
  @Operation(
      summary = "Open a call for expressions of interest",
      description =
          "The plan office of the plan's ambito names the tables open to membership (tables of this"
              + " plan) and the deadline. A past deadline is allowed, to record a call already held.")
  @APIResponse(
      responseCode = "201",
      description = "Opened.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = Call.class)))
  public Response openCall(
      @PathParam("planId") UUID planId, @NotNull @Valid CallCreate body, @Context UriInfo uri) {
    Call created = service.openCall(planId, body);
    return Response.created(
            uri.getBaseUriBuilder().path("api/v1/calls").path(created.id().toString()).build())
        .entity(created)
        .build();
  }
}
