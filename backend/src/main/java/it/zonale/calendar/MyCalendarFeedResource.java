package it.zonale.calendar;

import it.zonale.shared.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.ZoneOffset;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The signed-in user's private calendar feed: its secret address is made, rotated and revoked. */
@Path("/api/v1/me/calendar-feed")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "calendar", description = "iCalendar (RFC 5545) feeds of sessions")
@RolesAllowed({Roles.CONSORTIUM, Roles.ASST, Roles.ETS, Roles.COMUNE})
public class MyCalendarFeedResource {
  private final CalendarFeedService service;

  public MyCalendarFeedResource(CalendarFeedService service) {
    this.service = service;
  }

  @GET
  @Operation(
      summary = "Tell whether I have a private calendar feed",
      description =
          "Never returns the feed's address: only its hash is stored. Make a new one to see it.")
  public CalendarFeed getMyCalendarFeed() {
    return service.getMyCalendarFeed();
  }

  @POST
  @Operation(
      summary = "Make, or rotate, my private calendar feed",
      description =
          "A secret address listing the sessions where my organisation has people registered"
              + " (cancelled registrations left out), for a calendar app to subscribe to without"
              + " signing in. Shown only in this answer; calling again gives a new address and the"
              + " old one answers 404 at once. 403 no-organization when the account acts for no"
              + " organisation known to Zonale.")
  @APIResponse(
      responseCode = "201",
      description = "Made; the previous address, if any, no longer works.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = CalendarFeedLink.class)))
  public Response createMyCalendarFeed(@Context UriInfo uri) {
    CalendarFeedKey made = service.createMyCalendarFeed();
    URI url = uri.getBaseUriBuilder().path("api/v1/calendar-feeds").path(made.key()).build();
    return Response.created(uri.getAbsolutePath())
        .entity(new CalendarFeedLink(url, made.createdAt().atOffset(ZoneOffset.UTC)))
        .build();
  }

  @DELETE
  @Operation(
      summary = "Revoke my private calendar feed",
      description = "Its address answers 404 from now on. Revoking when there is none is fine.")
  @APIResponse(responseCode = "204", description = "Revoked.")
  public void revokeMyCalendarFeed() {
    service.revokeMyCalendarFeed();
  }
}
