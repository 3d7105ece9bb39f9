package it.zonale.table;

import it.zonale.shared.security.Roles;
import it.zonale.shared.web.PageQuery;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Tavoli tematici of a plan and the table x policy-area matrix. */
@Path("/api/v1/tables")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "tables", description = "Tavoli tematici")
public class TableResource {
  private final TableService service;

  public TableResource(TableService service) {
    this.service = service;
  }

  @GET
  @Path("/{tableId}")
  @PermitAll
  @Operation(summary = "Read a table")
  public Table getTable(@PathParam("tableId") UUID tableId) {
    return service.getTable(tableId);
  }

  @PUT
  @Path("/{tableId}")
  @RolesAllowed(Roles.CONSORTIUM)
  @Operation(summary = "Update a table")
  public Table updateTable(@PathParam("tableId") UUID tableId, @NotNull @Valid TableUpdate body) {
    return service.updateTable(tableId, body);
  }

  @GET
  @Path("/{tableId}/members")
  @PermitAll
  @Operation(
      summary = "List a table's members",
      description =
          "Organisations admitted to the table (full or consultative) and the names of their"
              + " titular and substitute delegates; public exactly when the table is.")
  public TableMemberPage listTableMembers(
      @PathParam("tableId") UUID tableId, @Valid @BeanParam PageQuery page) {
    return service.listTableMembers(tableId, page);
  }

  @DELETE
  @Path("/{tableId}")
  @RolesAllowed(Roles.CONSORTIUM)
  @Operation(summary = "Delete a table without sessions")
  @APIResponse(responseCode = "204", description = "Deleted.")
  public void deleteTable(@PathParam("tableId") UUID tableId) {
    service.deleteTable(tableId);
  }
}
