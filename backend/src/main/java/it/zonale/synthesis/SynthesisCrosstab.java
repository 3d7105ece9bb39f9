package it.zonale.synthesis;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A question's answers crossed with one dimension of the respondents: counts of organisations per
 * cell. Row totals and column totals count distinct organisations (an organisation sitting at two
 * tables counts once in a row total).
 */
@Schema(name = "SynthesisCrosstab")
public record SynthesisCrosstab(
    @Schema(required = true) UUID surveyId,
    @Schema(required = true, maxLength = 40) String question,
    @Schema(required = true, maxLength = 500) String questionTitle,
    @Schema(required = true) CrosstabDimension by,
    @Schema(required = true) boolean fullView,
    @Schema(required = true, maxItems = 200) List<Column> columns,
    @Schema(required = true, maxItems = 2500) List<Row> rows,
    @Schema(format = "int64", minimum = "0", maximum = "1000000") Long total,
    @Schema(required = true) boolean totalSuppressed,
    @Schema(required = true, maxLength = 500) String source) {

  /** A value of the dimension (a sub-ambito, a kind, a table, a policy area). */
  @Schema(name = "CrosstabColumn")
  public record Column(
      @Schema(required = true, maxLength = 60) String key,
      @Schema(required = true, maxLength = 300) String label,
      @Schema(format = "int64", minimum = "0", maximum = "1000000") Long total,
      @Schema(required = true) boolean suppressed) {}

  /** An answer category (an option, a matrix row and column, a rating point). */
  @Schema(name = "CrosstabRow")
  public record Row(
      @Schema(required = true, maxLength = 90) String key,
      @Schema(required = true, maxLength = 700) String label,
      @Schema(required = true, maxItems = 200) List<Cell> cells,
      @Schema(format = "int64", minimum = "0", maximum = "1000000") Long total,
      @Schema(required = true) boolean totalSuppressed) {}

  @Schema(name = "CrosstabCell")
  public record Cell(
      @Schema(format = "int64", minimum = "0", maximum = "1000000") Long count,
      @Schema(required = true) boolean suppressed) {}
}
