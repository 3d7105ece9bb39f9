package it.zonale.survey;

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

/** The needs surveys of one plan. */
@Path("/api/v1/plans/{planId}/surveys")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
    name = "surveys",
    description = "Schede di rilevazione: needs surveys built by the plan office")
public class PlanSurveyResource {
  private final SurveyService service;

  public PlanSurveyResource(SurveyService service) {
    this.service = service;
  }

  @GET
  @PermitAll
  @Operation(
      summary = "List a plan's surveys",
      description =
          "Published and closed surveys are readable as the plan is; drafts only by the plan office"
              + " of the ambito. Newest first.")
  public SurveyPage listSurveys(
      @PathParam("planId") UUID planId, @Valid @BeanParam PageQuery page) {
    return service.listSurveys(planId, page);
  }

  @POST
  @RolesAllowed(Roles.CONSORTIUM)
  @Operation(
      summary = "Draft a needs survey",
      description =
          "Blank, with a definition, or copied from a published or closed survey of a previous plan"
              + " of the same ambito (copyFromSurveyId). Errors in the definition come with a JSON"
              + " pointer each, e.g. /definition/sections/0/questions/2/options.")
  @APIResponse(
      responseCode = "201",
      description = "Drafted.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = Survey.class)))
  public Response createSurvey(
      @PathParam("planId") UUID planId, @NotNull @Valid SurveyCreate body, @Context UriInfo uri) {
    Survey created = service.createSurvey(planId, body);
    return Response.created(
            uri.getBaseUriBuilder().path("api/v1/surveys").path(created.id().toString()).build())
        .entity(created)
        .build();
  }
}
