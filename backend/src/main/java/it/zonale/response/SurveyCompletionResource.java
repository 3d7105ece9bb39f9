package it.zonale.response;

import it.zonale.shared.security.Roles;
import it.zonale.shared.web.PageQuery;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The plan office's view of who answered a needs survey. */
@Path("/api/v1/surveys/{surveyId}/completion")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "survey-responses")
public class SurveyCompletionResource {
  private final SurveyResponseService service;

  public SurveyCompletionResource(SurveyResponseService service) {
    this.service = service;
  }

  @GET
  @RolesAllowed(Roles.CONSORTIUM)
  @Operation(
      summary = "Get a survey's completion",
      description =
          "The organisations expected to answer (those working in the survey's ambito, the plan"
              + " office's consortium aside): how many submitted, drafted or have not started, in"
              + " total, by kind and by sub-ambito; limit and offset page the organisations that"
              + " have not submitted. Plan office of the ambito only.")
  public SurveyCompletion getSurveyCompletion(
      @PathParam("surveyId") UUID surveyId, @Valid @BeanParam PageQuery page) {
    return service.getCompletion(surveyId, page);
  }
}
