package it.zonale.opendata;

import it.zonale.shared.error.DomainException;
import it.zonale.shared.error.FieldCode;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The public open datasets: their list per ambito or plan, and each one as CSV, JSON or CSVW. */
@Path("/api/v1/datasets")
@Tag(
    name = "opendata",
    description = "Open data: datasets in CSV/JSON and their DCAT-AP_IT catalogue")
public class OpenDataResource {
  static final String TEXT_CSV = "text/csv";
  static final String CSVW = "application/csvm+json";

  private final OpenDataPublisher publisher;

  public OpenDataResource(OpenDataPublisher publisher) {
    this.publisher = publisher;
  }

  @GET
  @PermitAll
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "List the open datasets",
      description =
          "The region's reference datasets, plus those of an ambito (districtId) or of a"
              + " published plan (planId), with the address of each format.")
  public DatasetList listDatasets(
      @QueryParam("districtId") UUID districtId,
      @QueryParam("planId") UUID planId,
      @Context UriInfo uri) {
    return publisher.list(districtId, planId, base(uri));
  }

  @GET
  @Path("/{datasetKey}")
  @PermitAll
  @Produces({TEXT_CSV, MediaType.APPLICATION_JSON, CSVW})
  @Operation(
      summary = "Download an open dataset",
      description =
          "The dataset as CSV (RFC 4180, UTF-8, comma, dot decimals, ISO dates), as JSON, or its"
              + " CSV on the Web metadata (format=CSVW). The format comes from `format`, else from"
              + " Accept. Streamed; ETag and Last-Modified answer If-None-Match and"
              + " If-Modified-Since with 304. REGION datasets take no scope, DISTRICT ones"
              + " districtId, PLAN ones planId (a published plan).")
  @APIResponse(
      responseCode = "200",
      description = "The dataset.",
      headers = {
        @Header(
            name = "ETag",
            description = "Strong validator of the body",
            schema = @Schema(type = SchemaType.STRING, maxLength = 100)),
        @Header(
            name = "Last-Modified",
            description = "The latest change of the data",
            schema = @Schema(type = SchemaType.STRING, maxLength = 100))
      },
      content = {
        @Content(
            mediaType = TEXT_CSV,
            schema = @Schema(type = SchemaType.STRING, maxLength = 1000000000)),
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.OBJECT)),
        @Content(mediaType = CSVW, schema = @Schema(type = SchemaType.OBJECT))
      })
  @APIResponse(responseCode = "304", description = "Not modified since the validator sent.")
  public Response getDataset(
      @PathParam("datasetKey") @jakarta.validation.constraints.Size(max = 40) String datasetKey,
      @QueryParam("districtId") UUID districtId,
      @QueryParam("planId") UUID planId,
      @Parameter(
              description = "CSV, JSON or CSVW (any case); overrides Accept.",
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      enumeration = {"CSV", "JSON", "CSVW"}))
          @QueryParam("format")
          String format,
      @Parameter(hidden = true) @HeaderParam(HttpHeaders.ACCEPT) String accept,
      @Parameter(hidden = true) @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
      @Parameter(hidden = true) @HeaderParam(HttpHeaders.IF_MODIFIED_SINCE) String ifModifiedSince,
      @Context UriInfo uri) {
    Dataset d =
        Datasets.byKey(datasetKey)
            .orElseThrow(() -> DomainException.NotFound.of("dataset", datasetKey));
    Format f = Format.of(format, accept);
    UUID scopeId =
        switch (d.scope()) {
          case REGION -> null;
          case DISTRICT -> required(districtId, "districtId");
          case PLAN -> required(planId, "planId");
        };
    OpenDataPublisher.Rendered r = publisher.validators(d, scopeId, f, base(uri));
    String lastModified =
        DateTimeFormatter.RFC_1123_DATE_TIME.format(
            r.lastModified().atZoneSameInstant(ZoneOffset.UTC));
    boolean notModified =
        ifNoneMatch != null
            ? matches(ifNoneMatch, r.etag())
            : ifModifiedSince != null && notModifiedSince(ifModifiedSince, r);
    Response.ResponseBuilder b =
        notModified
            ? Response.notModified()
            : Response.ok(
                    (StreamingOutput) out -> publisher.render(d, scopeId, f, base(uri), out),
                    f.mediaType)
                .header(
                    "Content-Disposition", "inline; filename=\"" + fileName(d, scopeId, f) + "\"");
    return b.header(HttpHeaders.ETAG, r.etag())
        .header(HttpHeaders.LAST_MODIFIED, lastModified)
        .header(HttpHeaders.CACHE_CONTROL, "no-cache")
        .header(HttpHeaders.VARY, "Accept")
        .build();
  }

  static String fileName(Dataset d, UUID scopeId, Format f) {
    return d.key() + (scopeId == null ? "" : "-" + scopeId) + f.extension;
  }

  private static UUID required(UUID id, String name) {
    if (id == null) {
      throw DomainException.InvalidInput.of("/" + name, FieldCode.REQUIRED, name + " is required");
    }
    return id;
  }

  private static boolean matches(String header, String etag) {
    for (String candidate : header.split(",")) {
      String c = candidate.trim();
      if (c.equals("*") || c.equals(etag) || c.equals("W/" + etag)) {
        return true;
      }
    }
    return false;
  }

  private static boolean notModifiedSince(String header, OpenDataPublisher.Rendered r) {
    try {
      var since = java.time.ZonedDateTime.parse(header, DateTimeFormatter.RFC_1123_DATE_TIME);
      return r.lastModified().toEpochSecond() <= since.toEpochSecond();
    } catch (java.time.format.DateTimeParseException e) {
      return false; // an unreadable date is ignored (RFC 9110 §13.1.3)
    }
  }

  static String base(UriInfo uri) {
    String b = uri.getBaseUri().toString();
    return b.endsWith("/") ? b.substring(0, b.length() - 1) : b;
  }
}
