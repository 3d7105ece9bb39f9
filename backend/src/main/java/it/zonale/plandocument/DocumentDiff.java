package it.zonale.plandocument;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What changed from one version to another, chapter by chapter and paragraph by paragraph (a table
 * row, a list item and a sub-heading each count as one paragraph).
 */
@Schema(name = "DocumentDiff")
public record DocumentDiff(
    @Schema(required = true, format = "int32", minimum = "1", maximum = "1000000") int from,
    @Schema(required = true, format = "int32", minimum = "1", maximum = "1000000") int to,
    @Schema(required = true, maxItems = 1000) List<ChapterDiff> chapters) {

  /** One chapter: ADDED, REMOVED, CHANGED or UNCHANGED; lines only when it changed. */
  @Schema(name = "DocumentChapterDiff")
  public record ChapterDiff(
      @Schema(required = true, maxLength = 80) String key,
      @Schema(required = true, maxLength = 200) String title,
      @Schema(required = true) Change change,
      @Schema(required = true, format = "int32", minimum = "0", maximum = "1000000") int added,
      @Schema(required = true, format = "int32", minimum = "0", maximum = "1000000") int removed,
      @Schema(required = true, maxItems = 200000) List<Line> lines) {}

  /** A paragraph of the chapter: kept as it was (for context), added or removed. */
  @Schema(name = "DocumentDiffLine")
  public record Line(
      @Schema(required = true) Change change,
      @Schema(required = true, maxLength = 100000) String text) {}

  /** What happened to a chapter or a paragraph. */
  @Schema(name = "DocumentChange")
  public enum Change {
    ADDED,
    REMOVED,
    CHANGED,
    UNCHANGED
  }
}
