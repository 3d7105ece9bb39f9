package it.zonale.opendata;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.util.Locale;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The DCAT-AP_IT catalogue of the open datasets, for the national catalogue to harvest. */
@Path("/api/v1/catalog")
@Tag(
    name = "opendata",
    description = "Open data: datasets in CSV/JSON and their DCAT-AP_IT catalogue")
public class CatalogResource {
  static final String JSON_LD = "application/ld+json";
  static final String TURTLE = "text/turtle";
  static final String RDF_XML = "application/rdf+xml";

  private final CatalogService service;

  public CatalogResource(CatalogService service) {
    this.service = service;
  }

  @GET
  @PermitAll
  @Produces({JSON_LD, TURTLE, RDF_XML})
  @Operation(
      summary = "Get the DCAT-AP_IT catalogue",
      description =
          "One dcatapit:Catalog, a dcatapit:Dataset per open dataset and scope (region, ambito,"
              + " published plan) with its CSV and JSON dcatapit:Distribution. JSON-LD by default;"
              + " Turtle or RDF/XML by Accept.")
  @APIResponse(
      responseCode = "200",
      description = "The catalogue.",
      content = {
        @Content(mediaType = JSON_LD, schema = @Schema(type = SchemaType.OBJECT)),
        @Content(
            mediaType = TURTLE,
            schema = @Schema(type = SchemaType.STRING, maxLength = 100000000)),
        @Content(
            mediaType = RDF_XML,
            schema = @Schema(type = SchemaType.STRING, maxLength = 100000000))
      })
  public Response getCatalog(
      @org.eclipse.microprofile.openapi.annotations.parameters.Parameter(hidden = true)
          @HeaderParam(HttpHeaders.ACCEPT)
          String accept,
      @Context UriInfo uri) {
    String a = accept == null ? "" : accept.toLowerCase(Locale.ROOT);
    String type = a.contains(TURTLE) ? TURTLE : a.contains(RDF_XML) ? RDF_XML : JSON_LD;
    RDFFormat format =
        switch (type) {
          case TURTLE -> RDFFormat.TURTLE_PRETTY;
          case RDF_XML -> RDFFormat.RDFXML_PLAIN;
          default -> RDFFormat.JSONLD11_PRETTY;
        };
    Model model = service.catalog(OpenDataResource.base(uri));
    return Response.ok((StreamingOutput) out -> RDFDataMgr.write(out, model, format), type)
        .header(HttpHeaders.CACHE_CONTROL, "no-cache")
        .header(HttpHeaders.VARY, "Accept")
        .build();
  }
}
