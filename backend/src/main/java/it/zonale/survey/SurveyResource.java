package it.zonale.survey;

import it.zonale.shared.security.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Needs surveys (schede di rilevazione): build, publish with a deadline, close. */
@Path("/api/v1/surveys")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
    name = "surveys",
    description = "Schede di rilevazione: needs surveys built by the plan office")
public class SurveyResource {
  private final SurveyService service;

  public SurveyResource(SurveyService service) {
    this.service = service;
  }

  @GET
  @Path("/{surveyId}")
  @PermitAll
  @Operation(
      summary = "Read a survey and its questions",
      description =
          "A published or closed survey is readable as its plan is; a draft only by the plan office"
              + " of the ambito (404 for others).")
  public Survey getSurvey(@PathParam("surveyId") UUID surveyId) {
    return service.getSurvey(surveyId);
  }

  @PUT
  @Path("/{surveyId}")
  @RolesAllowed(Roles.CONSORTIUM)
  @Operation(
      summary = "Update a survey",
      description =
          "409 stale-version when someone else saved first; 409 survey-definition-locked when the"
              + " questions of a published or closed survey would change; 400 with a pointer per"
              + " error in the definition; a published survey's deadline must be in the future.")
  public Survey updateSurvey(
      @PathParam("surveyId") UUID surveyId, @NotNull @Valid SurveyUpdate body) {
    return service.updateSurvey(surveyId, body);
  }

  @POST
  @Path("/{surveyId}/publish")
  @RolesAllowed(Roles.CONSORTIUM)
  @Operation(
      summary = "Publish a draft survey with a deadline",
      description =
          "The deadline must be in the future and the survey must ask at least one question (422"
              + " survey-without-questions); 422 survey-not-draft otherwise.")
  public Survey publishSurvey(
      @PathParam("surveyId") UUID surveyId, @NotNull @Valid SurveyPublish body) {
    return service.publishSurvey(surveyId, body);
  }

  @POST
  @Path("/{surveyId}/close")
  @RolesAllowed(Roles.CONSORTIUM)
  @Operation(
      summary = "Close a published survey",
      description = "No more answers are accepted; 422 survey-not-published otherwise.")
  public Survey closeSurvey(
      @PathParam("surveyId") UUID surveyId, @NotNull @Valid SurveyClose body) {
    return service.closeSurvey(surveyId, body);
  }

  @DELETE
  @Path("/{surveyId}")
  @RolesAllowed(Roles.CONSORTIUM)
  @Operation(
      summary = "Delete a draft survey",
      description = "422 survey-not-draft once published: answers exist, close it instead.")
  @APIResponse(responseCode = "204", description = "Deleted.")
  public void deleteSurvey(@PathParam("surveyId") UUID surveyId) {
    service.deleteSurvey(surveyId);
  }
}
