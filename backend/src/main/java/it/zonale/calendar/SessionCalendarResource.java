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

/** The public iCalendar feed of one session, for calendar apps. */
@Path("/api/v1/sessions/{sessionId}/calendar")
@Tag(name = "calendar", description = "iCalendar (RFC 5545) feeds of sessions")
public class SessionCalendarResource {
  private final CalendarService service;

  public SessionCalendarResource(CalendarService service) {
    this.service = service;
  }

  @GET
  @PermitAll
  @Produces(IcsResponses.TEXT_CALENDAR)
  @Operation(
      summary = "Add a session to a calendar",
      description =
          "The session as an iCalendar (RFC 5545) event. Readable exactly when the session "
              + "is: a draft plan's only inside its ambito, otherwise 404."
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
  public Response getSessionCalendar(@PathParam("sessionId") UUID sessionId) {
    return IcsResponses.publicFeed("session-" + sessionId, service.sessionCalendar(sessionId));
  }
}
