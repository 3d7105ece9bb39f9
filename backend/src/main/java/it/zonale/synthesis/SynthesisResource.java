package it.zonale.synthesis;

import it.zonale.shared.security.Roles;
import it.zonale.shared.web.ExportFormat;
import it.zonale.shared.web.PageQuery;
import it.zonale.shared.web.SpreadsheetExport;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The synthesis of a needs survey: figures, cross-tabs, free texts and exports. */
@Path("/api/v1/surveys/{surveyId}/synthesis")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "synthesis", description = "Synthesis of a needs survey's answers")
@PermitAll
public class SynthesisResource {
  private final SynthesisService service;

  public SynthesisResource(SynthesisService service) {
    this.service = service;
  }

  @GET
  @Operation(
      summary = "Read the synthesis of a survey",
      description =
          "Per question, over the submitted responses: responding organisations; choice questions"
              + " count and share per option; NUMBER and RATING n, mean, median, min, max; MATRIX"
              + " per row the distribution over the columns and the mean and median of their"
              + " values; texts only their number. Context data per sub-ambito with its source."
              + " Outside the plan office of the ambito, figures on fewer than 3 organisations are"
              + " null with suppressed: true (and a second cell may be hidden so that they cannot"
              + " be recovered).")
  public SurveySynthesis getSurveySynthesis(
      @PathParam("surveyId") UUID surveyId, @BeanParam SynthesisQuery query) {
    return service.synthesis(surveyId, query);
  }

  @GET
  @Path("/crosstab")
  @Operation(
      summary = "Cross-tabulate a question",
      description =
          "Organisations per answer category and sub-ambito, kind, table (membership) or policy"
              + " area (of the matrix rows, or of the question). Outside the plan office small"
              + " cells are suppressed, with a complementary cell, and the totals of a row or"
              + " column with a suppressed cell are not shown.")
  public SynthesisCrosstab getSynthesisCrosstab(
      @PathParam("surveyId") UUID surveyId,
      @Parameter(description = "Key of a choice, rating or matrix question.", required = true)
          @QueryParam("question")
          @NotNull
          @Size(max = 40)
          @Pattern(regexp = "^[a-z][a-z0-9_]*$")
          String question,
      @Parameter(description = "The dimension of the columns.", required = true)
          @QueryParam("by")
          @NotNull
          CrosstabDimension by,
      @BeanParam SynthesisQuery query) {
    return service.crosstab(surveyId, question, by, query);
  }

  @GET
  @Path("/questions/{key}/texts")
  @RolesAllowed(Roles.CONSORTIUM)
  @Operation(
      summary = "Read the answers to a text question",
      description = "For the plan office of the survey's ambito only, with the organisation.")
  public SynthesisText.Page listSynthesisTexts(
      @PathParam("surveyId") UUID surveyId,
      @PathParam("key") @Size(max = 40) @Pattern(regexp = "^[a-z][a-z0-9_]*$") String key,
      @BeanParam SynthesisQuery query,
      @Valid @BeanParam PageQuery page) {
    return service.texts(surveyId, key, query, page);
  }

  @GET
  @Path("/export")
  @Produces({SpreadsheetExport.CSV, SpreadsheetExport.XLSX})
  @Operation(
      summary = "Export the synthesis",
      description =
          "CSV (semicolons, UTF-8 with BOM) or XLSX: one row per figure, with the same filters"
              + " and suppression as the synthesis.")
  @APIResponse(
      responseCode = "200",
      description = "The file.",
      content = {
        @Content(
            mediaType = SpreadsheetExport.CSV,
            schema = @Schema(type = SchemaType.STRING, maxLength = 100000000)),
        @Content(
            mediaType = SpreadsheetExport.XLSX,
            schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = 100000000))
      })
  public Response exportSurveySynthesis(
      @PathParam("surveyId") UUID surveyId,
      @BeanParam SynthesisQuery query,
      @Parameter(description = "File format.") @QueryParam("format") @DefaultValue("CSV")
          ExportFormat format) {
    SurveySynthesis s = service.synthesis(surveyId, query);
    java.util.List<java.util.List<Object>> rows =
        new java.util.ArrayList<>(SynthesisFigures.exportRows(s));
    rows.add(java.util.Arrays.asList(s.source(), null, null, null, null, null));
    return SpreadsheetExport.download(
        format, "sintesi-" + surveyId, "Sintesi", SynthesisFigures.HEADINGS, rows);
  }
}
