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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
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
  public TablePage listTables(
      @PathParam("planId") UUID planId,
      @QueryParam("updatedSince")
          @Parameter(
              description =
                  "RFC 3339 date-time: only the items changed at or after it (inclusive),"
                      + " e.g. 2026-12-07T10:00:00Z. For an exact sync use the change feed.")
          OffsetDateTime updatedSince,
      @Valid @BeanParam PageQuery page) {
    return service.listTables(planId, updatedSince == null ? null : updatedSince.toInstant(), page);
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

  @GET
  @Path("/members/export")
  @RolesAllowed(Roles.CONSORTIUM)
  @Produces({SpreadsheetExport.CSV, SpreadsheetExport.XLSX})
  @Operation(
      summary = "Export the members of every table of a plan",
      description =
          "The organisations admitted to each of the plan's tables and their delegates, table by table."
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
  public Response exportPlanTableMembers(
      @PathParam("planId") UUID planId,
      @Parameter(description = "File format.") @QueryParam("format") @DefaultValue("CSV")
          ExportFormat format) {
    return SpreadsheetExport.download(
        format,
        "piano-" + planId + "-membri-tavoli",
        "Membri",
        TableMemberExport.HEADINGS,
        TableMemberExport.cells(service.exportPlanMembers(planId)));
  }
}
