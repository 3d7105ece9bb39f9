package it.zonale.synthesis;

import it.zonale.organization.OrganizationKind;
import it.zonale.survey.QuestionType;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The synthesis of a needs survey's submitted answers, per question. Outside the plan office of the
 * ambito every figure built on fewer than {@link Suppression#MIN_CELL} organisations is null and
 * flagged {@code suppressed}.
 */
@Schema(name = "SurveySynthesis")
public record SurveySynthesis(
    @Schema(required = true) UUID surveyId,
    @Schema(required = true) UUID planId,
    @Schema(required = true, maxLength = 200) String title,
    @Schema(
            required = true,
            description =
                "True for the plan office of the ambito: no suppression, texts available.")
        boolean fullView,
    @Schema(required = true, format = "int32", minimum = "3", maximum = "3") int minimumCellSize,
    @Schema(required = true) Filters filters,
    @Schema(
            format = "int64",
            minimum = "0",
            maximum = "1000000",
            description = "Organisations whose response is submitted and matches the filters.")
        Long respondents,
    @Schema(required = true) boolean respondentsSuppressed,
    @Schema(required = true, maxItems = 3000) List<QuestionSynthesis> questions,
    @Schema(required = true) SynthesisContext context,
    @Schema(required = true, maxLength = 500) String source) {

  /** The filters the figures were computed with. */
  @Schema(name = "SynthesisFilters")
  public record Filters(
      UUID tableId, UUID policyAreaId, UUID subdistrictId, OrganizationKind kind) {}

  /** The figures of one question. */
  @Schema(name = "QuestionSynthesis")
  public record QuestionSynthesis(
      @Schema(required = true, maxLength = 40) String key,
      @Schema(required = true) QuestionType type,
      @Schema(required = true, maxLength = 500) String title,
      @Schema(required = true, maxLength = 200) String sectionTitle,
      UUID tableId,
      UUID policyAreaId,
      @Schema(maxLength = 40) String unit,
      @Schema(
              format = "int64",
              minimum = "0",
              maximum = "1000000",
              description = "Organisations that answered the question.")
          Long respondents,
      @Schema(required = true) boolean respondentsSuppressed,
      @Schema(
              required = true,
              maxItems = 50,
              description = "Choice questions: count and share per option.")
          List<OptionFigure> options,
      @Schema(description = "NUMBER and RATING.") NumberStats stats,
      @Schema(required = true, maxItems = 50, description = "MATRIX: one entry per row.")
          List<MatrixRowFigure> rows,
      @Schema(description = "DATE: how many dates were given, the earliest and the latest.")
          DateRange dates) {}

  /**
   * The dates answered to a DATE question: how many, the earliest and the latest (all null and
   * {@code suppressed} when fewer than the minimum cell size outside the plan office).
   */
  @Schema(name = "DateRange")
  public record DateRange(
      @Schema(format = "int64", minimum = "0", maximum = "1000000") Long n,
      LocalDate earliest,
      LocalDate latest,
      @Schema(required = true) boolean suppressed) {}

  /** How many organisations chose an option (or a matrix column), and their share. */
  @Schema(name = "OptionFigure")
  public record OptionFigure(
      @Schema(required = true, maxLength = 40) String key,
      @Schema(required = true, maxLength = 300) String label,
      @Schema(format = "double", description = "The column's numeric value, if any.") Double value,
      @Schema(format = "int64", minimum = "0", maximum = "1000000") Long count,
      @Schema(
              format = "double",
              minimum = "0",
              maximum = "1",
              description = "count / respondents of the question (or matrix row).")
          Double share,
      @Schema(required = true) boolean suppressed) {}

  /** n, mean, median, min and max of the numeric values. */
  @Schema(name = "NumberStats")
  public record NumberStats(
      @Schema(format = "int64", minimum = "0", maximum = "1000000") Long n,
      @Schema(format = "double") Double mean,
      @Schema(format = "double") Double median,
      @Schema(format = "double") Double min,
      @Schema(format = "double") Double max,
      @Schema(required = true) boolean suppressed) {}

  /** One row of a matrix question: its distribution over the columns and their values' stats. */
  @Schema(name = "MatrixRowFigure")
  public record MatrixRowFigure(
      @Schema(required = true, maxLength = 40) String key,
      @Schema(required = true, maxLength = 300) String label,
      UUID policyAreaId,
      @Schema(format = "int64", minimum = "0", maximum = "1000000") Long respondents,
      @Schema(required = true) boolean respondentsSuppressed,
      @Schema(required = true, maxItems = 50) List<OptionFigure> options,
      @Schema(required = true) NumberStats stats) {}
}
