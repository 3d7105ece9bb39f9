package it.zonale.table;

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

/** The tables of one plan and its table x policy-area matrix. */
@Path("/api/v1/plans/{planId}/tables")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "tables", description = "Tavoli tematici")
public class PlanTableResource {
  private final TableService service;

  public PlanTableResource(TableService service) {
    this.service = service;
  }

  @GET
  @PermitAll
  @Operation(summary = "List a plan's tables")
  public TablePage listTables(@PathParam("planId") UUID planId, @Valid @BeanParam PageQuery page) {
    return service.listTables(planId, page);
  }

  @POST
  @RolesAllowed(Roles.CONSORTIUM)
  @Operation(summary = "Create a table in a plan")
  @APIResponse(
      responseCode = "201",
      description = "Created.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = Table.class)))
  public Response createTable(
      @PathParam("planId") UUID planId, @NotNull @Valid TableCreate body, @Context UriInfo uri) {
    Table created = service.createTable(planId, body);
    return Response.created(
            uri.getBaseUriBuilder().path("api/v1/tables").path(created.id().toString()).build())
        .entity(created)
        .build();
  }

  @GET
  @Path("/matrix")
  @PermitAll
  @Operation(summary = "Read the table x policy-area matrix of a plan")
  public TableMatrix getTableMatrix(@PathParam("planId") UUID planId) {
    return service.getMatrix(planId);
  }
}
