package it.zonale.table;

import it.zonale.shared.security.Roles;
import it.zonale.shared.web.ExportFormat;
import it.zonale.shared.web.PageQuery;
import it.zonale.shared.web.SpreadsheetExport;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
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

  @GET
  @Path("/{tableId}/members/export")
  @RolesAllowed(Roles.CONSORTIUM)
  @Produces({SpreadsheetExport.CSV, SpreadsheetExport.XLSX})
  @Operation(
      summary = "Export a table's members",
      description =
          "The organisations admitted to the table and their delegates."
              + " CSV (semicolons, UTF-8 with BOM, for a spreadsheet set to Italian) or XLSX, one"
              + " row per member with table, organisation, kind, full or consultative, delegates"
              + " and admission date. For the plan office of the ambito.")
  @APIResponse(
      responseCode = "200",
      description = "The file.",
      content = {
        @Content(
            mediaType = SpreadsheetExport.CSV,
            schema = @Schema(type = SchemaType.STRING, maxLength = 100000000)),
        @Content(
            mediaType = SpreadsheetExport.XLSX,
            schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = 100000000))
      })
  public Response exportTableMembers(
      @PathParam("tableId") UUID tableId,
      @Parameter(description = "File format.") @QueryParam("format") @DefaultValue("CSV")
          ExportFormat format) {
    return SpreadsheetExport.download(
        format,
        "tavolo-" + tableId + "-membri",
        "Membri",
        TableMemberExport.HEADINGS,
        TableMemberExport.cells(service.exportMembers(tableId)));
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
