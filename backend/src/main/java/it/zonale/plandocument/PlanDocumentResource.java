package it.zonale.plandocument;

import it.zonale.shared.security.Roles;
import it.zonale.shared.web.PageQuery;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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

/** The plan document of one plan: narrative sections, versions, diff, comments and exports. */
@Path("/api/v1/plans/{planId}/document")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
    name = "plan-document",
    description = "Documento di Piano: narrative sections, versions, comments and exports")
public class PlanDocumentResource {
  private final PlanDocumentService service;
  private final DocumentExportService exports;

  public PlanDocumentResource(PlanDocumentService service, DocumentExportService exports) {
    this.service = service;
    this.exports = exports;
  }

  @GET
  @Path("/sections")
  @RolesAllowed(Roles.CONSORTIUM)
  @Operation(
      summary = "List the narrative sections of the plan document",
      description = "For the plan office of the plan's ambito; in document order.")
  public DocumentSectionPage listDocumentSections(
      @PathParam("planId") UUID planId, @Valid @BeanParam PageQuery page) {
    return service.listSections(planId, page);
  }

  @POST
  @Path("/sections")
  @RolesAllowed(Roles.CONSORTIUM)
  @Operation(
      summary = "Write a narrative section",
      description =
          "The plan office adds a section (introduction, governance...) placed by `order` among"
              + " the generated chapters. 409 document-section-key-taken; 422 document-frozen once"
              + " the plan is approved.")
  @APIResponse(
      responseCode = "201",
      description = "Created.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = DocumentSection.class)))
  public Response createDocumentSection(
      @PathParam("planId") UUID planId,
      @NotNull @Valid DocumentSectionCreate body,
      @Context UriInfo uri) {
    DocumentSection created = service.createSection(planId, body);
    return Response.created(
            uri.getBaseUriBuilder()
                .path("api/v1/document-sections")
                .path(created.id().toString())
                .build())
        .entity(created)
        .build();
  }

  @GET
  @Path("/versions")
  @PermitAll
  @Operation(
      summary = "List the versions of the plan document",
      description = "Readable as the plan is; the newest first, with their SHA-256.")
  public DocumentVersionPage listDocumentVersions(
      @PathParam("planId") UUID planId, @Valid @BeanParam PageQuery page) {
    return service.listVersions(planId, page);
  }

  @POST
  @Path("/versions")
  @RolesAllowed(Roles.CONSORTIUM)
  @Operation(
      summary = "Assemble a new version of the plan document",
      description =
          "Collects the current chapters (context, process, needs, objectives, agreement and the"
              + " narrative sections, by order) into version n+1. 422 document-frozen once a"
              + " version is approved.")
  @APIResponse(
      responseCode = "201",
      description = "Assembled.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = DocumentVersion.class)))
  public Response assembleDocumentVersion(@PathParam("planId") UUID planId, @Context UriInfo uri) {
    DocumentVersion created = service.assembleVersion(planId);
    return Response.created(
            uri.getBaseUriBuilder()
                .path("api/v1/plans")
                .path(planId.toString())
                .path("document/versions")
                .path(Integer.toString(created.number()))
                .build())
        .entity(created)
        .build();
  }

  @GET
  @Path("/versions/{number}")
  @PermitAll
  @Operation(
      summary = "Read a version of the plan document",
      description = "Its chapters and blocks, to show; readable as the plan is.")
  public DocumentVersionDetail getDocumentVersion(
      @PathParam("planId") UUID planId,
      @PathParam("number")
          @Min(1)
          @Max(1000000)
          @Parameter(schema = @Schema(format = "int32", minimum = "1", maximum = "1000000"))
          int number) {
    return service.getVersion(planId, number);
  }

  @GET
  @Path("/diff")
  @PermitAll
  @Operation(
      summary = "Compare two versions of the plan document",
      description =
          "Per chapter (matched by key): ADDED, REMOVED, CHANGED or UNCHANGED, and for a changed"
              + " one the added and removed paragraphs (table rows and list items count as"
              + " paragraphs) with one paragraph of context before each change.")
  public DocumentDiff diffDocumentVersions(
      @PathParam("planId") UUID planId,
      @QueryParam("from")
          @NotNull
          @Min(1)
          @Max(1000000)
          @Parameter(
              required = true,
              description = "The older version number.",
              schema = @Schema(format = "int32", minimum = "1", maximum = "1000000"))
          Integer from,
      @QueryParam("to")
          @NotNull
          @Min(1)
          @Max(1000000)
          @Parameter(
              required = true,
              description = "The newer version number.",
              schema = @Schema(format = "int32", minimum = "1", maximum = "1000000"))
          Integer to) {
    return service.diff(planId, from, to);
  }

  @GET
  @Path("/versions/{number}/comments")
  @RolesAllowed({Roles.CONSORTIUM, Roles.ETS, Roles.COMUNE, Roles.ASST})
  @Operation(
      summary = "List the comments on a version",
      description =
          "For the plan office and the users acting for an organisation of the plan's ambito"
              + " (403 comments-ambito-only for anyone else): comments are working notes of the"
              + " consultation and are never public. Oldest first; `chapterKey` filters.")
  public DocumentCommentPage listDocumentComments(
      @PathParam("planId") UUID planId,
      @PathParam("number")
          @Min(1)
          @Max(1000000)
          @Parameter(schema = @Schema(format = "int32", minimum = "1", maximum = "1000000"))
          int number,
      @QueryParam("chapterKey")
          @Size(max = 80)
          @Parameter(description = "Only the comments on this chapter.")
          String chapterKey,
      @Valid @BeanParam PageQuery page) {
    return service.listComments(planId, number, chapterKey, page);
  }

  @POST
  @Path("/versions/{number}/comments")
  @RolesAllowed({Roles.CONSORTIUM, Roles.ETS, Roles.COMUNE, Roles.ASST})
  @Operation(
      summary = "Comment on a version",
      description =
          "While the plan is in CONSULTATION (422 plan-not-in-consultation otherwise, 422"
              + " document-frozen once approved), by the plan office or a user acting for an"
              + " organisation of the ambito; on the whole version or on one chapter.")
  @APIResponse(
      responseCode = "201",
      description = "Created.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = DocumentComment.class)))
  public Response createDocumentComment(
      @PathParam("planId") UUID planId,
      @PathParam("number")
          @Min(1)
          @Max(1000000)
          @Parameter(schema = @Schema(format = "int32", minimum = "1", maximum = "1000000"))
          int number,
      @NotNull @Valid DocumentCommentCreate body,
      @Context UriInfo uri) {
    DocumentComment created = service.createComment(planId, number, body);
    return Response.created(
            uri.getBaseUriBuilder()
                .path("api/v1/plans")
                .path(planId.toString())
                .path("document/versions")
                .path(Integer.toString(number))
                .path("comments")
                .build())
        .entity(created)
        .build();
  }

  @POST
  @Path("/versions/{number}/exports")
  @RolesAllowed({Roles.CONSORTIUM, Roles.ETS, Roles.COMUNE, Roles.ASST})
  @Operation(
      summary = "Export a version to PDF or DOCX",
      description =
          "Queues a rendering job and answers 202 with its Location; asking again for the same"
              + " version and format returns the job already there (queued, running or done), so"
              + " a version is rendered at most once per format. Open to whoever may read the plan"
              + " (the approved document is public).")
  @APIResponse(
      responseCode = "202",
      description = "Queued, running or already done: follow Location for the progress.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = DocumentExport.class)))
  public Response requestDocumentExport(
      @PathParam("planId") UUID planId,
      @PathParam("number")
          @Min(1)
          @Max(1000000)
          @Parameter(schema = @Schema(format = "int32", minimum = "1", maximum = "1000000"))
          int number,
      @NotNull @Valid DocumentExportRequest body,
      @Context UriInfo uri) {
    DocumentExport job = exports.requestExport(planId, number, body.format());
    return Response.accepted(job)
        .location(
            uri.getBaseUriBuilder()
                .path("api/v1/document-exports")
                .path(job.id().toString())
                .build())
        .build();
  }
}
