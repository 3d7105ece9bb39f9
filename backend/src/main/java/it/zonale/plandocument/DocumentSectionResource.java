package it.zonale.plandocument;

import it.zonale.shared.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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

/** One narrative section of a plan document. */
@Path("/api/v1/document-sections")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
    name = "plan-document",
    description = "Documento di Piano: narrative sections, versions, comments and exports")
public class DocumentSectionResource {
  private final PlanDocumentService service;

  public DocumentSectionResource(PlanDocumentService service) {
    this.service = service;
  }

  @GET
  @Path("/{sectionId}")
  @RolesAllowed(Roles.CONSORTIUM)
  @Operation(summary = "Read a narrative section", description = "For the plan office.")
  public DocumentSection getDocumentSection(@PathParam("sectionId") UUID sectionId) {
    return service.getSection(sectionId);
  }

  @PUT
  @Path("/{sectionId}")
  @RolesAllowed(Roles.CONSORTIUM)
  @Operation(
      summary = "Update a narrative section",
      description =
          "409 stale-version when someone else saved first; 422 document-frozen once approved.")
  public DocumentSection updateDocumentSection(
      @PathParam("sectionId") UUID sectionId, @NotNull @Valid DocumentSectionUpdate body) {
    return service.updateSection(sectionId, body);
  }

  @DELETE
  @Path("/{sectionId}")
  @RolesAllowed(Roles.CONSORTIUM)
  @Operation(
      summary = "Delete a narrative section",
      description = "Versions already assembled keep it; 422 document-frozen once approved.")
  @APIResponse(responseCode = "204", description = "Deleted.")
  public void deleteDocumentSection(@PathParam("sectionId") UUID sectionId) {
    service.deleteSection(sectionId);
  }
}
