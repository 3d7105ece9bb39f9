package it.zonale.plandocument;

import it.zonale.shared.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The plan office's answers to comments on the plan document. */
@Path("/api/v1/document-comments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
    name = "plan-document",
    description = "Documento di Piano: narrative sections, versions, comments and exports")
public class DocumentCommentResource {
  private final PlanDocumentService service;

  public DocumentCommentResource(PlanDocumentService service) {
    this.service = service;
  }

  @POST
  @Path("/{commentId}/reply")
  @RolesAllowed(Roles.CONSORTIUM)
  @Operation(
      summary = "Answer a comment on the plan document",
      description =
          "The plan office marks the comment answered with its reply (sending again replaces it)."
              + " 409 stale-version; 422 document-frozen once approved.")
  public DocumentComment replyToDocumentComment(
      @PathParam("commentId") UUID commentId, @NotNull @Valid DocumentCommentReply body) {
    return service.replyToComment(commentId, body);
  }
}
