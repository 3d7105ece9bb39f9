package it.zonale.response;

import it.zonale.shared.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One survey response by its id: read by its organisation or the plan office, reopened by it. */
@Path("/api/v1/survey-responses")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "survey-responses")
public class SurveyResponseResource {
  private final SurveyResponseService service;

  public SurveyResponseResource(SurveyResponseService service) {
    this.service = service;
  }

  @GET
  @Path("/{responseId}")
  @RolesAllowed({Roles.CONSORTIUM, Roles.ETS, Roles.COMUNE, Roles.ASST})
  @Operation(
      summary = "Get a survey response",
      description =
          "The organisation that owns it or the plan office of the survey's ambito; 404 for"
              + " anyone else.")
  public SurveyResponse getSurveyResponse(@PathParam("responseId") UUID responseId) {
    return service.getResponse(responseId);
  }

  @POST
  @Path("/{responseId}/reopen")
  @RolesAllowed(Roles.CONSORTIUM)
  @Operation(
      summary = "Reopen a survey response",
      description =
          "The plan office lets the organisation edit and submit it once more, even after the"
              + " deadline or once the survey is closed; a submitted response goes back to DRAFT."
              + " 422 survey-response-already-reopened.")
  public SurveyResponse reopenSurveyResponse(
      @PathParam("responseId") UUID responseId, @NotNull @Valid SurveyResponseVersion body) {
    return service.reopenResponse(responseId, body);
  }
}
