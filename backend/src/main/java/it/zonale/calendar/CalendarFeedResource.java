package it.zonale.calendar;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Private calendar feeds, read by calendar apps at the secret address their user was given. */
@Path("/api/v1/calendar-feeds")
@Tag(name = "calendar", description = "iCalendar (RFC 5545) feeds of sessions")
public class CalendarFeedResource {
  private final CalendarService service;

  public CalendarFeedResource(CalendarService service) {
    this.service = service;
  }

  @GET
  @Path("/{feedKey}")
  @PermitAll
  @Produces(IcsResponses.TEXT_CALENDAR)
  @Operation(
      summary = "Read a private calendar feed",
      description =
          "The sessions where the feed's organisation has people registered (not cancelled), as"
              + " iCalendar (RFC 5545) events. No sign-in: calendar apps cannot send a token, so"
              + " the address is a capability URL whose key is the credential (256 random bits,"
              + " stored only hashed). A draft plan's sessions appear only to a request that also"
              + " carries a token allowed to read them. Unknown, rotated or revoked key: 404.")
  @APIResponse(
      responseCode = "200",
      description = IcsResponses.ICALENDAR_OBJECT,
      headers = {
        @Header(
            name = "Content-Disposition",
            description = "inline; filename=\"zonale.ics\"",
            schema = @Schema(type = SchemaType.STRING, maxLength = 100)),
        @Header(
            name = "Cache-Control",
            description = "private, no-store: no cache may keep an organisation's registrations",
            schema = @Schema(type = SchemaType.STRING, maxLength = 100))
      },
      content =
          @Content(
              mediaType = IcsResponses.MEDIA_TYPE,
              schema = @Schema(type = SchemaType.STRING, maxLength = IcsResponses.MAX_LENGTH)))
  public Response getPrivateCalendar(
      @PathParam("feedKey")
          @Parameter(
              description =
                  "The key of the feed's address, as POST /api/v1/me/calendar-feed gave it.",
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      minLength = 43,
                      maxLength = 43,
                      pattern = "^[A-Za-z0-9_-]{43}$"))
          String feedKey) {
    return IcsResponses.privateFeed(service.privateCalendar(feedKey));
  }
}
