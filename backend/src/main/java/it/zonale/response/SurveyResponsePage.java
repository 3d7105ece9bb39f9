package it.zonale.response;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a survey's responses, by organisation name. */
@Schema(name = "SurveyResponsePage")
public record SurveyResponsePage(
    @Schema(required = true, maxItems = 100) List<SurveyResponse> items,
    @Schema(required = true, format = "int32", minimum = "1", maximum = "100") int limit,
    @Schema(required = true, format = "int32", minimum = "0", maximum = "1000000") int offset,
    @Schema(required = true, format = "int64", minimum = "0", maximum = "1000000000") long total) {}
