package it.zonale.shared.report;

import java.util.List;

/**
 * A piece of a report's body. The blocks are format-neutral, so the same chapter renders to PDF, to
 * a word-processor file and to the screen.
 */
public sealed interface ReportBlock {

  /** A sub-heading inside a chapter; level 2 is the first level below the chapter title. */
  record Heading(int level, String text) implements ReportBlock {}

  /** Plain text; blank lines split it into paragraphs. */
  record Paragraph(String text) implements ReportBlock {}

  record BulletList(List<String> items) implements ReportBlock {}

  /** Items whose order matters (steps, priorities), numbered 1, 2, 3 by the renderer. */
  record NumberedList(List<String> items) implements ReportBlock {}

  /** A table of figures with the source they come from, shown under it. */
  record DataTable(String caption, List<String> headers, List<List<String>> rows, String source)
      implements ReportBlock {}
}
