package it.zonale.session;

import it.zonale.shared.security.Roles;
import it.zonale.shared.web.PageQuery;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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

/** The calendar of one plan: list and schedule its sessions. */
@Path("/api/v1/plans/{planId}/sessions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "sessions", description = "Incontri: plenaries and table meetings")
public class PlanSessionResource {
  private final SessionService service;

  public PlanSessionResource(SessionService service) {
    this.service = service;
  }

  @GET
  @PermitAll
  @Operation(
      summary = "List a plan's sessions (the calendar)",
      description = "Sessions overlapping [from, to); by default the earliest first.")
  public SessionPage listSessions(
      @PathParam("planId") UUID planId,
      @QueryParam("from")
          @Parameter(description = "RFC 3339 date-time, e.g. 2021-09-01T00:00:00+02:00")
          OffsetDateTime from,
      @QueryParam("to") @Parameter(description = "RFC 3339 date-time, exclusive") OffsetDateTime to,
      @QueryParam("tableId") UUID tableId,
      @QueryParam("status") SessionStatus status,
      @QueryParam("kind") SessionKind kind,
      @QueryParam("sort")
          @DefaultValue("startsAt")
          @Size(max = 20)
          @Pattern(regexp = "^-?startsAt$", message = "must be startsAt or -startsAt")
          @Parameter(description = "startsAt (default) or -startsAt")
          String sort,
      @QueryParam("updatedSince")
          @Parameter(
              description =
                  "RFC 3339 date-time: only the items changed at or after it (inclusive),"
                      + " e.g. 2026-12-07T10:00:00Z. For an exact sync use the change feed.")
          OffsetDateTime updatedSince,
      @Valid @BeanParam PageQuery page) {
    return service.listSessions(
        planId, from, to, tableId, status, kind, sort.startsWith("-"), updatedSince, page);
  }

  @POST
  @RolesAllowed(Roles.CONSORTIUM)
  @Operation(summary = "Schedule a session")
  @APIResponse(
      responseCode = "201",
      description = "Scheduled.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = Session.class)))
  public Response scheduleSession(
      @PathParam("planId") UUID planId, @NotNull @Valid SessionCreate body, @Context UriInfo uri) {
    Session created = service.scheduleSession(planId, body);
    return Response.created(
            uri.getBaseUriBuilder().path("api/v1/sessions").path(created.id().toString()).build())
        .entity(created)
        .build();
  }
}
