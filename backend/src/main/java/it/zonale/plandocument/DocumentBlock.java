package it.zonale.plandocument;

import com.fasterxml.jackson.annotation.JsonInclude;
import it.zonale.shared.report.ReportBlock;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One block of a chapter as stored and shown: a flat record whose {@code type} says which fields
 * are set, so that the SPA and the stored JSON need no polymorphic types.
 */
@Schema(name = "DocumentBlock")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DocumentBlock(
    @Schema(required = true) DocumentBlockType type,
    @Schema(format = "int32", minimum = "2", maximum = "4", description = "HEADING: 2 to 4.")
        Integer level,
    @Schema(
            maxLength = 100000,
            description = "HEADING and PARAGRAPH; blank lines split paragraphs.")
        String text,
    @Schema(maxItems = 10000, description = "BULLET_LIST and NUMBERED_LIST.")
        List<@Size(max = 4000) String> items,
    @Schema(maxLength = 300, description = "TABLE.") String caption,
    @Schema(maxItems = 50, description = "TABLE: the column headings.")
        List<@Size(max = 300) String> columns,
    @Schema(maxItems = 100000, description = "TABLE: each row has one cell per column.")
        List<DocumentRow> rows,
    @Schema(maxLength = 500, description = "TABLE: where the figures come from.") String source) {

  static DocumentBlock of(ReportBlock block) {
    if (block instanceof ReportBlock.Heading h) {
      return new DocumentBlock(
          DocumentBlockType.HEADING, h.level(), h.text(), null, null, null, null, null);
    } else if (block instanceof ReportBlock.Paragraph p) {
      return new DocumentBlock(
          DocumentBlockType.PARAGRAPH, null, p.text(), null, null, null, null, null);
    } else if (block instanceof ReportBlock.BulletList l) {
      return new DocumentBlock(
          DocumentBlockType.BULLET_LIST,
          null,
          null,
          List.copyOf(l.items()),
          null,
          null,
          null,
          null);
    } else if (block instanceof ReportBlock.NumberedList l) {
      return new DocumentBlock(
          DocumentBlockType.NUMBERED_LIST,
          null,
          null,
          List.copyOf(l.items()),
          null,
          null,
          null,
          null);
    } else if (block instanceof ReportBlock.DataTable t) {
      return new DocumentBlock(
          DocumentBlockType.TABLE,
          null,
          null,
          null,
          t.caption(),
          List.copyOf(t.headers()),
          t.rows().stream().map(r -> new DocumentRow(List.copyOf(r))).toList(),
          t.source());
    }
    throw new IllegalArgumentException("Unknown block " + block);
  }

  ReportBlock toReport() {
    return switch (type) {
      case HEADING -> new ReportBlock.Heading(level == null ? 2 : level, text);
      case PARAGRAPH -> new ReportBlock.Paragraph(text);
      case BULLET_LIST -> new ReportBlock.BulletList(items);
      case NUMBERED_LIST -> new ReportBlock.NumberedList(items);
      case TABLE ->
          new ReportBlock.DataTable(
              caption, columns, rows.stream().map(DocumentRow::cells).toList(), source);
    };
  }
}
