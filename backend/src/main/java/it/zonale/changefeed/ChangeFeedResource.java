package it.zonale.changefeed;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The change feed: what changed, in a stable order, for integrators that sync incrementally. */
@Path("/api/v1/events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "events", description = "The change feed, for integrations that sync incrementally")
public class ChangeFeedResource {
  static final int MAX_LIMIT = 500;

  private final ChangeFeedService service;

  public ChangeFeedResource(ChangeFeedService service) {
    this.service = service;
  }

  @GET
  @PermitAll
  @Operation(
      summary = "Read the change feed",
      description =
          "The events after the cursor, oldest first, that the caller may read: everyone sees the"
              + " events of published plans and what hangs from them; the plan office, health"
              + " authority and comuni of an ambito also those of its drafts; the plan office alone"
              + " those of registrations and expressions of interest. Each event is served once, in"
              + " a stable order, never before one it follows. Events are kept 90 days.")
  public ChangeEventPage listEvents(
      @QueryParam("after")
          @Size(max = 100)
          @Pattern(regexp = "^[A-Za-z0-9_-]+$")
          @Parameter(
              description =
                  "The nextCursor of the previous page (or an event's cursor), as it came;"
                      + " without it the feed is read from its oldest kept event.")
          String after,
      @QueryParam("limit")
          @DefaultValue("100")
          @Min(1)
          @Max(MAX_LIMIT)
          @Parameter(description = "Events per page (1-500).")
          int limit) {
    return service.read(FeedPosition.decode(after), limit);
  }
}
