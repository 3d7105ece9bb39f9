package it.zonale.objective;

import it.zonale.shared.web.PageQuery;
import jakarta.annotation.security.PermitAll;
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

/** The objectives that cite an istanza: traceability from the istanza to the plan. */
@Path("/api/v1/contributions/{contributionId}/objectives")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "objectives", description = "Obiettivi: objectives, indicators and measurements")
public class ContributionObjectiveResource {
  private final ObjectiveService service;

  public ContributionObjectiveResource(ObjectiveService service) {
    this.service = service;
  }

  @GET
  @PermitAll
  @Operation(
      summary = "List the objectives citing an istanza",
      description = "For whoever may see the istanza (404 contribution-not-found otherwise).")
  public ObjectivePage listContributionObjectives(
      @PathParam("contributionId") UUID contributionId, @Valid @BeanParam PageQuery page) {
    return service.listContributionObjectives(contributionId, page);
  }
}
