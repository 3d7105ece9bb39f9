package it.zonale.plandocument;

import it.zonale.shared.report.ReportBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the plan office's plain text: blank lines split paragraphs; a paragraph starting with
 * {@code ## } or {@code ### } is a sub-heading; one whose lines all start with {@code - } is a
 * bullet list; one whose lines all start with a number and a dot ({@code 1. }) is a numbered list.
 */
final class NarrativeText {
  private static final Pattern NUMBERED = Pattern.compile("\\d{1,3}[.)] ");

  private NarrativeText() {}

  static List<ReportBlock> blocks(String text) {
    List<ReportBlock> blocks = new ArrayList<>();
    for (String raw : text.replace("\r\n", "\n").split("\\n\\s*\\n")) {
      String part = raw.strip();
      if (part.isEmpty()) {
        continue;
      }
      if (part.startsWith("### ")) {
        blocks.add(new ReportBlock.Heading(3, part.substring(4).strip()));
      } else if (part.startsWith("## ")) {
        blocks.add(new ReportBlock.Heading(2, part.substring(3).strip()));
      } else if (part.lines().allMatch(l -> l.strip().startsWith("- "))) {
        blocks.add(
            new ReportBlock.BulletList(
                part.lines().map(l -> l.strip().substring(2).strip()).toList()));
      } else if (part.lines().allMatch(l -> NUMBERED.matcher(l.strip()).lookingAt())) {
        blocks.add(
            new ReportBlock.NumberedList(
                part.lines()
                    .map(l -> NUMBERED.matcher(l.strip()).replaceFirst("").strip())
                    .toList()));
      } else {
        blocks.add(new ReportBlock.Paragraph(part));
      }
    }
    return blocks;
  }
}
