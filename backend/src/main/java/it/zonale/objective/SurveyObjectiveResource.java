package it.zonale.objective;

import it.zonale.shared.web.PageQuery;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The objectives that cite a survey's findings: traceability from the needs to the plan. */
@Path("/api/v1/surveys/{surveyId}/objectives")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "objectives", description = "Obiettivi: objectives, indicators and measurements")
public class SurveyObjectiveResource {
  private final ObjectiveService service;

  public SurveyObjectiveResource(ObjectiveService service) {
    this.service = service;
  }

  @GET
  @PermitAll
  @Operation(
      summary = "List the objectives citing a survey",
      description = "All citing the survey, or only those citing one question (questionKey).")
  public ObjectivePage listSurveyObjectives(
      @PathParam("surveyId") UUID surveyId,
      @QueryParam("questionKey")
          @Pattern(regexp = ObjectiveFindingRef.KEY)
          @Parameter(schema = @Schema(maxLength = 40, pattern = ObjectiveFindingRef.KEY))
          String questionKey,
      @Valid @BeanParam PageQuery page) {
    return service.listSurveyObjectives(surveyId, questionKey, page);
  }
}
