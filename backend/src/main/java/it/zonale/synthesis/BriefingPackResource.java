package it.zonale.synthesis;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The briefing pack of a survey for the tables, as PDF. */
@Path("/api/v1/surveys/{surveyId}/briefing-pack")
@Tag(name = "synthesis", description = "Synthesis of a needs survey's answers")
@PermitAll
public class BriefingPackResource {
  private final BriefingPackService packs;

  public BriefingPackResource(BriefingPackService packs) {
    this.packs = packs;
  }

  @GET
  @Produces("application/pdf")
  @Operation(
      summary = "Download the briefing pack for the tables",
      description =
          "PDF in Italian: cover, context of the ambito, then per table (or only `tableId`) its"
              + " questions with their figures as tables with sources. Same suppression as the"
              + " synthesis.")
  @APIResponse(
      responseCode = "200",
      description = "The briefing pack.",
      content =
          @Content(
              mediaType = "application/pdf",
              schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = 50000000)))
  public Response downloadBriefingPack(
      @PathParam("surveyId") UUID surveyId,
      @Parameter(description = "Only the questions of this table.") @QueryParam("tableId")
          UUID tableId) {
    byte[] pdf = packs.pdf(surveyId, tableId);
    return Response.ok(pdf, "application/pdf")
        .header(
            "Content-Disposition", "attachment; filename=\"dossier-tavoli-" + surveyId + ".pdf\"")
        .build();
  }
}
