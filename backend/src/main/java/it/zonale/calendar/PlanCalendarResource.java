package it.zonale.calendar;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The public iCalendar feed of a plan's sessions, for calendar apps. */
@Path("/api/v1/plans/{planId}/calendar")
@Tag(name = "calendar", description = "iCalendar (RFC 5545) feeds of sessions")
public class PlanCalendarResource {
  private final CalendarService service;

  public PlanCalendarResource(CalendarService service) {
    this.service = service;
  }

  @GET
  @PermitAll
  @Produces(IcsResponses.TEXT_CALENDAR)
  @Operation(
      summary = "Subscribe to a plan's calendar",
      description =
          "Every session of the plan as an iCalendar (RFC 5545) event, cancelled ones "
              + "included with STATUS:CANCELLED. Readable exactly when the plan is: a draft only "
              + "inside its ambito, otherwise 404."
              + IcsResponses.EVENTS)
  @APIResponse(
      responseCode = "200",
      description = IcsResponses.ICALENDAR_OBJECT,
      headers = {
        @Header(
            name = "Content-Disposition",
            description = IcsResponses.PUBLIC_DISPOSITION,
            schema = @Schema(type = SchemaType.STRING, maxLength = 100)),
        @Header(
            name = "Cache-Control",
            description = IcsResponses.PUBLIC_CACHING,
            schema = @Schema(type = SchemaType.STRING, maxLength = 100))
      },
      content =
          @Content(
              mediaType = IcsResponses.MEDIA_TYPE,
              schema = @Schema(type = SchemaType.STRING, maxLength = IcsResponses.MAX_LENGTH)))
  public Response getPlanCalendar(@PathParam("planId") UUID planId) {
    return IcsResponses.publicFeed("plan-" + planId, service.planCalendar(planId));
  }
}
