package it.zonale.opendata;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One open dataset of an ambito or plan as the SPA lists it, with its download addresses. */
@Schema(name = "DatasetInfo")
public record DatasetInfo(
    @Schema(required = true, maxLength = 40, example = "tables") String key,
    @Schema(required = true) Scope scope,
    UUID districtId,
    UUID planId,
    @Schema(required = true, maxLength = 200) String titleIt,
    @Schema(required = true, maxLength = 200) String titleEn,
    @Schema(required = true, maxLength = 1000) String descriptionIt,
    @Schema(required = true, maxLength = 1000) String descriptionEn,
    @Schema(required = true, maxItems = 10, description = "EU data-theme codes (SOCI, GOVE…).")
        List<@jakarta.validation.constraints.Size(max = 10) String> themes,
    @Schema(required = true, maxLength = 200, format = "uri") String license,
    @Schema(required = true, maxItems = 40) List<DatasetColumn> columns,
    @Schema(required = true, maxItems = 5) List<DatasetDistribution> distributions) {

  /** A column of the dataset: its name in the files and its titles. */
  @Schema(name = "DatasetColumn")
  public record DatasetColumn(
      @Schema(required = true, maxLength = 60) String name,
      @Schema(required = true, maxLength = 20, description = "XSD datatype.") String datatype,
      @Schema(required = true, maxLength = 200) String titleIt,
      @Schema(required = true, maxLength = 200) String titleEn) {}

  /** One format of the dataset. */
  @Schema(name = "DatasetDistribution")
  public record DatasetDistribution(
      @Schema(required = true, maxLength = 10, example = "CSV") String format,
      @Schema(required = true, maxLength = 40, example = "text/csv") String mediaType,
      @Schema(required = true, maxLength = 2000, format = "uri") String url) {}
}
