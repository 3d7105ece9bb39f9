package it.zonale.plandocument;

import it.zonale.shared.report.ReportChapter;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A chapter of a version: generated from a feature's data or written by the plan office ({@code
 * narrative}); {@code order} is where it stands (context 100, process 200, needs 300, objectives
 * 400, agreement 500).
 */
@Schema(name = "DocumentChapter")
public record DocumentChapter(
    @Schema(required = true, maxLength = 80, example = "context") String key,
    @Schema(required = true, maxLength = 200) String title,
    @Schema(required = true, format = "int32", minimum = "0", maximum = "10000") int order,
    @Schema(required = true, description = "Written by the plan office, not generated.")
        boolean narrative,
    @Schema(required = true, maxItems = 100000) List<DocumentBlock> blocks) {

  ReportChapter toReport() {
    return new ReportChapter(key, title, blocks.stream().map(DocumentBlock::toReport).toList());
  }
}
