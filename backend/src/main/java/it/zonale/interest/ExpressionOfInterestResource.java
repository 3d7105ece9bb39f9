package it.zonale.interest;

import it.zonale.shared.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Manifestazioni d'interesse: written by an organisation, decided by the plan office; submit and
 * withdraw take no body, so they accept any Content-Type (a browser sends none).
 */
@Path("/api/v1/expressions-of-interest")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
    name = "expressions-of-interest",
    description = "Manifestazioni d'interesse: organisations ask to join a call's tables")
public class ExpressionOfInterestResource {
  private final ExpressionOfInterestService service;

  public ExpressionOfInterestResource(ExpressionOfInterestService service) {
    this.service = service;
  }

  @GET
  @Path("/{expressionOfInterestId}")
  @RolesAllowed({Roles.CONSORTIUM, Roles.ASST, Roles.ETS, Roles.COMUNE})
  @Operation(
      summary = "Read an expression of interest",
      description =
          "For its organisation and the plan office of its ambito; 404 for anyone else, as if it"
              + " did not exist.")
  public ExpressionOfInterest getExpressionOfInterest(
      @PathParam("expressionOfInterestId") UUID expressionOfInterestId) {
    return service.getExpressionOfInterest(expressionOfInterestId);
  }

  @PUT
  @Path("/{expressionOfInterestId}")
  @RolesAllowed(Roles.ETS)
  @Operation(
      summary = "Update the organisation's expression of interest",
      description =
          "While DRAFT or SUBMITTED and before the deadline (422 call-closed after it); 409"
              + " stale-version when another delegate saved first.")
  public ExpressionOfInterest updateExpressionOfInterest(
      @PathParam("expressionOfInterestId") UUID expressionOfInterestId,
      @NotNull @Valid ExpressionOfInterestUpdate body) {
    return service.updateExpressionOfInterest(expressionOfInterestId, body);
  }

  @POST
  @Path("/{expressionOfInterestId}/submit")
  @Consumes(MediaType.WILDCARD)
  @RolesAllowed(Roles.ETS)
  @Operation(
      summary = "Submit the organisation's expression of interest",
      description =
          "DRAFT to SUBMITTED. After the deadline it is still accepted and flagged late: a late"
              + " one can be admitted only as consultative.")
  public ExpressionOfInterest submitExpressionOfInterest(
      @PathParam("expressionOfInterestId") UUID expressionOfInterestId) {
    return service.submitExpressionOfInterest(expressionOfInterestId);
  }

  @POST
  @Path("/{expressionOfInterestId}/withdraw")
  @Consumes(MediaType.WILDCARD)
  @RolesAllowed(Roles.ETS)
  @Operation(
      summary = "Withdraw the organisation's expression of interest",
      description =
          "A DRAFT or SUBMITTED one, before the deadline only (422 call-closed after it). A decided"
              + " one stays as decided.")
  public ExpressionOfInterest withdrawExpressionOfInterest(
      @PathParam("expressionOfInterestId") UUID expressionOfInterestId) {
    return service.withdrawExpressionOfInterest(expressionOfInterestId);
  }

  @POST
  @Path("/{expressionOfInterestId}/decision")
  @RolesAllowed(Roles.CONSORTIUM)
  @Operation(
      summary = "Decide on a submitted expression of interest",
      description =
          "The plan office admits it (ADMITTED: full member of each chosen table;"
              + " ADMITTED_CONSULTATIVE: consultative member) or rejects it with a reason. A late"
              + " one can be admitted only as ADMITTED_CONSULTATIVE (422"
              + " late-expression-of-interest); a decision is final (422"
              + " expression-of-interest-already-decided).")
  public ExpressionOfInterest decideExpressionOfInterest(
      @PathParam("expressionOfInterestId") UUID expressionOfInterestId,
      @NotNull @Valid ExpressionOfInterestDecision body) {
    return service.decideExpressionOfInterest(expressionOfInterestId, body);
  }
}
