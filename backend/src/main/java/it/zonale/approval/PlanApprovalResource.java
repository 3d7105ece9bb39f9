package it.zonale.approval;

import it.zonale.shared.security.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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

/** The approval of a plan by the Assemblea dei Sindaci. */
@Path("/api/v1/plans/{planId}/approval")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "approval", description = "Approvazione: the vote of the Assemblea dei Sindaci")
public class PlanApprovalResource {
  private final ApprovalService service;

  public PlanApprovalResource(ApprovalService service) {
    this.service = service;
  }

  @GET
  @PermitAll
  @Operation(
      summary = "Read a plan's approval",
      description =
          "Readable as the plan is; 404 approval-not-found until the assembly is recorded.")
  public Approval getApproval(@PathParam("planId") UUID planId) {
    return service.getApproval(planId);
  }

  @POST
  @RolesAllowed(Roles.CONSORTIUM)
  @Operation(
      summary = "Record the approval by the Assemblea dei Sindaci",
      description =
          "The plan office, for a plan in CONSULTATION: the vote of every comune of the ambito"
              + " exactly once (400 with a pointer per comune unknown or repeated, and on /votes"
              + " the missing ones). The vote carries when the comuni present (not ABSENT) hold"
              + " more than half of the ambito's population and those IN_FAVOUR more than half of"
              + " the population of the comuni voting IN_FAVOUR or AGAINST; otherwise 422"
              + " approval-not-carried and nothing is recorded. When carried the plan becomes"
              + " APPROVED and its document is frozen; 409 approval-exists for a second one.")
  @APIResponse(
      responseCode = "201",
      description = "Recorded; the plan is APPROVED.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = Approval.class)))
  public Response recordApproval(
      @PathParam("planId") UUID planId, @NotNull @Valid ApprovalCreate body, @Context UriInfo uri) {
    Approval created = service.recordApproval(planId, body);
    return Response.created(
            uri.getBaseUriBuilder()
                .path("api/v1/plans")
                .path(planId.toString())
                .path("approval")
                .build())
        .entity(created)
        .build();
  }
}
