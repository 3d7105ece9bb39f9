package it.zonale.synthesis;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A free-text answer, shown to the plan office only. */
@Schema(name = "SynthesisText")
public record SynthesisText(
    @Schema(required = true) UUID organizationId,
    @Schema(required = true, maxLength = 200) String organizationName,
    UUID subdistrictId,
    @Schema(required = true, maxLength = 10000) String text,
    @Schema(required = true) Instant submittedAt) {

  @Schema(name = "SynthesisTextPage")
  public record Page(
      @Schema(required = true, maxItems = 100) List<SynthesisText> items,
      @Schema(required = true, format = "int32", minimum = "1", maximum = "100") int limit,
      @Schema(required = true, format = "int32", minimum = "0", maximum = "1000000") int offset,
      @Schema(required = true, format = "int64", minimum = "0", maximum = "1000000000")
          long total) {}
}
