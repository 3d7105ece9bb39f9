package it.zonale.response;

import it.zonale.shared.security.Roles;
import it.zonale.shared.web.PageQuery;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The responses to one needs survey: the caller's organisation's own, and all for the office. */
@Path("/api/v1/surveys/{surveyId}/responses")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
    name = "survey-responses",
    description = "Answers of the organisations to a needs survey (scheda di rilevazione)")
public class SurveyResponseMineResource {
  private final SurveyResponseService service;

  public SurveyResponseMineResource(SurveyResponseService service) {
    this.service = service;
  }

  @GET
  @RolesAllowed(Roles.CONSORTIUM)
  @Operation(
      summary = "List a survey's responses",
      description =
          "The plan office of the survey's ambito only (403 not-your-district otherwise), by"
              + " organisation name.")
  public SurveyResponsePage listSurveyResponses(
      @PathParam("surveyId") UUID surveyId,
      @QueryParam("status") SurveyResponseStatus status,
      @Valid @BeanParam PageQuery page) {
    return service.listResponses(surveyId, status, page);
  }

  @GET
  @Path("/mine")
  @RolesAllowed({Roles.ETS, Roles.COMUNE, Roles.ASST})
  @Operation(
      summary = "Get the caller's organisation's response",
      description =
          "Shared by all delegates of the organisation; 404 survey-response-not-found before the"
              + " first save. 403 organization-not-in-district when the organisation does not"
              + " work in the survey's ambito.")
  public SurveyResponse getMySurveyResponse(@PathParam("surveyId") UUID surveyId) {
    return service.getMyResponse(surveyId);
  }

  @GET
  @Path("/mine/form")
  @RolesAllowed({Roles.ETS, Roles.COMUNE, Roles.ASST})
  @Operation(
      summary = "Get the survey as the caller's organisation answers it",
      description =
          "Its questions, the sub-ambiti of its ambito and the organisation's response so far"
              + " (absent before the first save), in one request for the form.")
  public SurveyForm getMySurveyForm(@PathParam("surveyId") UUID surveyId) {
    return service.getMyForm(surveyId);
  }

  @PUT
  @Path("/mine")
  @RolesAllowed({Roles.ETS, Roles.COMUNE, Roles.ASST})
  @Operation(
      summary = "Create or autosave the caller's organisation's response",
      description =
          "The first save (version null) creates the response as a DRAFT; later ones send the"
              + " version they were made from (409 stale-version otherwise, also when another"
              + " delegate created it first). A draft may be incomplete, but a value of the wrong"
              + " type, out of bounds or naming an unknown option, row or question is 422"
              + " invalid-answers with errors[].pointer /answers/{questionKey} or"
              + " /answers/{questionKey}/{rowKey}. A SUBMITTED response stays submitted when"
              + " edited before the deadline, so it is checked as fully as a submission. After"
              + " the deadline or once the survey is closed: 422 survey-closed, unless the plan"
              + " office reopened the response.")
  public SurveyResponse saveMySurveyResponse(
      @PathParam("surveyId") UUID surveyId, @NotNull @Valid SurveyResponseSave body) {
    return service.saveMyResponse(surveyId, body);
  }

  @POST
  @Path("/mine/submit")
  @RolesAllowed({Roles.ETS, Roles.COMUNE, Roles.ASST})
  @Operation(
      summary = "Submit the caller's organisation's response",
      description =
          "Checks it fully: every required question, and every row of a required matrix, must be"
              + " answered (422 invalid-answers with a pointer per missing or bad field), and the"
              + " sub-ambito given when the ambito has sub-ambiti. 422 survey-closed after the"
              + " deadline unless reopened.")
  public SurveyResponse submitMySurveyResponse(
      @PathParam("surveyId") UUID surveyId, @NotNull @Valid SurveyResponseVersion body) {
    return service.submitMyResponse(surveyId, body);
  }
}
