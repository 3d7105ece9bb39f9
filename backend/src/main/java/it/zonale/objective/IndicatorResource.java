package it.zonale.objective;

import it.zonale.shared.security.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** An indicator and its yearly measurements. */
@Path("/api/v1/indicators")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "objectives", description = "Obiettivi: objectives, indicators and measurements")
public class IndicatorResource {
  private final IndicatorService service;

  public IndicatorResource(IndicatorService service) {
    this.service = service;
  }

  @GET
  @Path("/{indicatorId}")
  @PermitAll
  @Operation(
      summary = "Read an indicator",
      description = "With its measurements and its progress; readable as its plan is.")
  public Indicator getIndicator(@PathParam("indicatorId") UUID indicatorId) {
    return service.getIndicator(indicatorId);
  }

  @PUT
  @Path("/{indicatorId}")
  @RolesAllowed(Roles.CONSORTIUM)
  @Operation(
      summary = "Update an indicator",
      description =
          "409 stale-version when someone saved first; 409 measurements-out-of-range when"
              + " recorded years would fall outside baseline year..target year + 1.")
  public Indicator updateIndicator(
      @PathParam("indicatorId") UUID indicatorId, @NotNull @Valid IndicatorUpdate body) {
    return service.updateIndicator(indicatorId, body);
  }

  @DELETE
  @Path("/{indicatorId}")
  @RolesAllowed(Roles.CONSORTIUM)
  @Operation(summary = "Delete an indicator", description = "Its measurements go with it.")
  @APIResponse(responseCode = "204", description = "Deleted.")
  public void deleteIndicator(@PathParam("indicatorId") UUID indicatorId) {
    service.deleteIndicator(indicatorId);
  }

  @PUT
  @Path("/{indicatorId}/measurements/{year}")
  @RolesAllowed(Roles.CONSORTIUM)
  @Operation(
      summary = "Record the value of a year",
      description =
          "Creates or corrects the year's value; a correction needs the current version (409"
              + " stale-version otherwise). Years from the baseline year to the target year + 1,"
              + " also after approval (monitoring).")
  public Measurement recordMeasurement(
      @PathParam("indicatorId") UUID indicatorId,
      @PathParam("year")
          @Min(2000)
          @Max(2101)
          @Parameter(schema = @Schema(format = "int32", minimum = "2000", maximum = "2101"))
          int year,
      @NotNull @Valid MeasurementPut body) {
    return service.recordMeasurement(indicatorId, year, body);
  }

  @DELETE
  @Path("/{indicatorId}/measurements/{year}")
  @RolesAllowed(Roles.CONSORTIUM)
  @Operation(summary = "Delete the value of a year")
  @APIResponse(responseCode = "204", description = "Deleted.")
  public void deleteMeasurement(
      @PathParam("indicatorId") UUID indicatorId,
      @PathParam("year")
          @Min(2000)
          @Max(2101)
          @Parameter(schema = @Schema(format = "int32", minimum = "2000", maximum = "2101"))
          int year) {
    service.deleteMeasurement(indicatorId, year);
  }
}
