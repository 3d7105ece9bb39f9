package it.zonale.response;

import it.zonale.shared.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Reminders of a needs survey; takes no body, so any Content-Type (a browser sends none). */
@Path("/api/v1/surveys/{surveyId}/reminders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.WILDCARD)
@Tag(name = "survey-responses")
public class SurveyReminderResource {
  private final SurveyResponseService service;

  public SurveyReminderResource(SurveyResponseService service) {
    this.service = service;
  }

  @POST
  @RolesAllowed(Roles.CONSORTIUM)
  @Operation(
      summary = "Remind the organisations that have not submitted",
      description =
          "Queues one e-mail to each organisation expected to answer that has not submitted"
              + " (drafts included); an organisation already reminded today is not reminded"
              + " again. 422 survey-closed after the deadline. Plan office of the ambito only.")
  public SurveyReminderResult sendSurveyReminders(@PathParam("surveyId") UUID surveyId) {
    return service.sendReminders(surveyId);
  }
}
