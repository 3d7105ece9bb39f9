package it.zonale.plandocument;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares two versions chapter by chapter (matched by key): each paragraph, list item, table row
 * and sub-heading is one line of a Myers diff (java-diff-utils).
 */
final class DocumentDiffer {
  private DocumentDiffer() {}

  static List<DocumentDiff.ChapterDiff> diff(DocumentContent from, DocumentContent to) {
    Map<String, DocumentChapter> before = new LinkedHashMap<>();
    from.chapters().forEach(c -> before.put(c.key(), c));
    List<DocumentDiff.ChapterDiff> out = new ArrayList<>();
    for (DocumentChapter chapter : to.chapters()) {
      DocumentChapter old = before.remove(chapter.key());
      List<String> newLines = lines(chapter);
      if (old == null) {
        out.add(
            new DocumentDiff.ChapterDiff(
                chapter.key(),
                chapter.title(),
                DocumentDiff.Change.ADDED,
                newLines.size(),
                0,
                newLines.stream()
                    .map(l -> new DocumentDiff.Line(DocumentDiff.Change.ADDED, l))
                    .toList()));
        continue;
      }
      List<String> oldLines = lines(old);
      if (!old.title().equals(chapter.title())) {
        oldLines.add(0, "# " + old.title());
        newLines.add(0, "# " + chapter.title());
      }
      out.add(compare(chapter, oldLines, newLines));
    }
    for (DocumentChapter gone : before.values()) {
      List<String> oldLines = lines(gone);
      out.add(
          new DocumentDiff.ChapterDiff(
              gone.key(),
              gone.title(),
              DocumentDiff.Change.REMOVED,
              0,
              oldLines.size(),
              oldLines.stream()
                  .map(l -> new DocumentDiff.Line(DocumentDiff.Change.REMOVED, l))
                  .toList()));
    }
    return out;
  }

  private static DocumentDiff.ChapterDiff compare(
      DocumentChapter chapter, List<String> oldLines, List<String> newLines) {
    Patch<String> patch = DiffUtils.diff(oldLines, newLines);
    if (patch.getDeltas().isEmpty()) {
      return new DocumentDiff.ChapterDiff(
          chapter.key(), chapter.title(), DocumentDiff.Change.UNCHANGED, 0, 0, List.of());
    }
    List<DocumentDiff.Line> lines = new ArrayList<>();
    int added = 0;
    int removed = 0;
    int position = 0;
    for (AbstractDelta<String> delta : patch.getDeltas()) {
      int start = delta.getSource().getPosition();
      // one paragraph of context before each change
      int contextFrom = Math.max(position, start - 1);
      for (int i = contextFrom; i < start; i++) {
        lines.add(new DocumentDiff.Line(DocumentDiff.Change.UNCHANGED, oldLines.get(i)));
      }
      for (String l : delta.getSource().getLines()) {
        lines.add(new DocumentDiff.Line(DocumentDiff.Change.REMOVED, l));
        removed++;
      }
      for (String l : delta.getTarget().getLines()) {
        lines.add(new DocumentDiff.Line(DocumentDiff.Change.ADDED, l));
        added++;
      }
      position = start + delta.getSource().size();
    }
    return new DocumentDiff.ChapterDiff(
        chapter.key(), chapter.title(), DocumentDiff.Change.CHANGED, added, removed, lines);
  }

  /** The chapter as lines of text: one per paragraph, list item, heading or table row. */
  static List<String> lines(DocumentChapter chapter) {
    List<String> lines = new ArrayList<>();
    for (DocumentBlock block : chapter.blocks()) {
      switch (block.type()) {
        case HEADING ->
            lines.add("#".repeat(block.level() == null ? 2 : block.level()) + " " + block.text());
        case PARAGRAPH -> {
          for (String p : block.text().split("\\n\\s*\\n")) {
            if (!p.isBlank()) {
              lines.add(p.strip());
            }
          }
        }
        case BULLET_LIST -> block.items().forEach(i -> lines.add("- " + i));
        case NUMBERED_LIST -> {
          for (int i = 0; i < block.items().size(); i++) {
            lines.add((i + 1) + ". " + block.items().get(i));
          }
        }
        case TABLE -> {
          if (block.caption() != null) {
            lines.add("Tabella: " + block.caption());
          }
          lines.add("| " + String.join(" | ", block.columns()) + " |");
          block.rows().forEach(r -> lines.add("| " + String.join(" | ", r.cells()) + " |"));
          if (block.source() != null) {
            lines.add(block.source());
          }
        }
      }
    }
    return lines;
  }
}
