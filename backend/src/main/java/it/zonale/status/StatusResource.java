package it.zonale.status;

import io.agroal.api.AgroalDataSource;
import it.zonale.shared.web.Problem;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.sql.Connection;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The AgID service status endpoint (RAC_REST_NAME_011): problem+json, 200 when up, 503 when not.
 */
@Path("/api/v1/status")
@Tag(name = "status")
public class StatusResource {

  private final AgroalDataSource dataSource;

  public StatusResource(AgroalDataSource dataSource) {
    this.dataSource = dataSource;
  }

  @GET
  @PermitAll
  // Integrators often ask for application/json; the body is problem+json either way
  // (RAC_REST_NAME_011).
  @Produces({Problem.MEDIA_TYPE, jakarta.ws.rs.core.MediaType.APPLICATION_JSON})
  @Operation(
      summary = "Service status",
      description = "200 when the API and its database answer, 503 otherwise.")
  @APIResponse(
      responseCode = "200",
      description = "The service is up.",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "503",
      description = "The service is down.",
      headers = @Header(name = "Retry-After", ref = "Retry-After"),
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Response getStatus() {
    boolean up;
    try (Connection connection = dataSource.getConnection()) {
      up = connection.isValid(2);
    } catch (Exception e) {
      up = false;
    }
    if (up) {
      return Response.ok(
              new Problem(
                  Problem.TYPE_PREFIX + "ok",
                  "OK",
                  200,
                  "The service is up.",
                  "/api/v1/status",
                  null))
          .type(Problem.MEDIA_TYPE)
          .build();
    }
    return Response.status(503)
        .header("Retry-After", "30")
        .entity(
            new Problem(
                Problem.TYPE_PREFIX + "unavailable",
                "Service Unavailable",
                503,
                "The database does not answer.",
                "/api/v1/status",
                null))
        .type(Problem.MEDIA_TYPE)
        .build();
  }
}
