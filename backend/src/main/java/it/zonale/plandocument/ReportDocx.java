package it.zonale.plandocument;

import it.zonale.shared.report.Report;
import it.zonale.shared.report.ReportBlock;
import it.zonale.shared.report.ReportChapter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Writes a report as a Word document (Apache POI XWPF): chapter titles in the built-in style
 * "heading 1" (sub-headings "heading 2"/"heading 3"), so the table of contents, a TOC field, is
 * rebuilt by Word on opening (the document asks to update its fields) and by LibreOffice on Tools ›
 * Update; until then the field shows the chapter titles written here. Tables have a header row
 * repeated on every page.
 */
final class ReportDocx {
  private ReportDocx() {}

  static byte[] render(Report report) {
    try (XWPFDocument doc = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024)) {
      XWPFStyles styles = doc.createStyles();
      defaults(styles, report.language());
      metadata(doc, report);
      page(doc, report.pageMark());
      heading(styles, "Heading1", "heading 1", 0, 32, "0066CC");
      heading(styles, "Heading2", "heading 2", 1, 26, "1A1A1A");
      heading(styles, "Heading3", "heading 3", 2, 23, "1A1A1A");
      heading(styles, "Heading4", "heading 4", 3, 21, "1A1A1A");
      boolean english = "en".equals(report.language());

      XWPFParagraph title = doc.createParagraph();
      title.setAlignment(ParagraphAlignment.LEFT);
      title.setSpacingBefore(4000);
      XWPFRun t = title.createRun();
      t.setText(report.title());
      t.setBold(true);
      t.setFontSize(26);
      t.setColor("0066CC");
      if (report.subtitle() != null) {
        XWPFRun s = doc.createParagraph().createRun();
        s.setText(report.subtitle());
        s.setFontSize(13);
        s.setColor("5C6F82");
      }
      for (int i = 0; i < report.coverNotes().size(); i++) {
        XWPFParagraph note = doc.createParagraph();
        if (i == 0) {
          note.setSpacingBefore(480);
        }
        XWPFRun n = note.createRun();
        n.setText(clean(report.coverNotes().get(i)));
        n.setFontSize(12);
        if (i == 0) {
          n.setBold(true);
          n.setColor("0066CC");
        }
      }

      XWPFParagraph tocTitle = doc.createParagraph();
      tocTitle.setPageBreak(true);
      XWPFRun tt = tocTitle.createRun();
      tt.setText(english ? "Contents" : "Indice");
      tt.setBold(true);
      tt.setFontSize(16);
      toc(doc, report.chapters());
      doc.enforceUpdateFields();

      List<ReportChapter> chapters = report.chapters();
      for (int i = 0; i < chapters.size(); i++) {
        ReportChapter chapter = chapters.get(i);
        XWPFParagraph h = doc.createParagraph();
        h.setStyle("Heading1");
        h.setPageBreak(true);
        h.createRun().setText((i + 1) + ". " + chapter.title());
        for (ReportBlock block : chapter.blocks()) {
          block(doc, block);
        }
      }
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("DOCX rendering failed", e);
    }
  }

  /** A TOC field over heading levels 1-3 with hyperlinks; its cached result lists the chapters. */
  private static void toc(XWPFDocument doc, List<ReportChapter> chapters) {
    XWPFParagraph p = doc.createParagraph();
    p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
    var instr = p.createRun().getCTR().addNewInstrText();
    instr.setStringValue(" TOC \\o \"1-3\" \\h \\z \\u ");
    instr.setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
    p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
    for (int i = 0; i < chapters.size(); i++) {
      XWPFRun r = p.createRun();
      r.setText((i + 1) + ". " + chapters.get(i).title());
      if (i < chapters.size() - 1) {
        r.addBreak();
      }
    }
    p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
  }

  private static void block(XWPFDocument doc, ReportBlock block) {
    if (block instanceof ReportBlock.Heading heading) {
      int level = Math.min(Math.max(heading.level(), 2), 4);
      XWPFParagraph p = doc.createParagraph();
      p.setStyle("Heading" + level);
      p.createRun().setText(heading.text());
    } else if (block instanceof ReportBlock.Paragraph paragraph) {
      for (String part : paragraph.text().split("\\n\\s*\\n")) {
        if (part.isBlank()) {
          continue;
        }
        XWPFParagraph p = doc.createParagraph();
        p.setSpacingAfter(120);
        XWPFRun r = p.createRun();
        String[] lines = part.strip().split("\\n");
        for (int i = 0; i < lines.length; i++) {
          if (i > 0) {
            r.addBreak();
          }
          r.setText(clean(lines[i]), i);
        }
      }
    } else if (block instanceof ReportBlock.BulletList list) {
      for (String item : list.items()) {
        XWPFParagraph p = doc.createParagraph();
        p.setIndentationLeft(360);
        p.setIndentationHanging(240);
        p.createRun().setText("• " + clean(item));
      }
    } else if (block instanceof ReportBlock.DataTable table) {
      if (table.caption() != null) {
        XWPFParagraph c = doc.createParagraph();
        c.getCTP().addNewPPr();
        c.setKeepNext(true);
        XWPFRun r = c.createRun();
        r.setBold(true);
        r.setText(clean(table.caption()));
      }
      int cols = table.headers().size();
      List<List<String>> rows =
          table.rows().isEmpty()
              ? List.of(
                  java.util.stream.Stream.concat(
                          java.util.stream.Stream.of("dati non disponibili"),
                          java.util.stream.Stream.generate(() -> "").limit(Math.max(cols - 1, 0)))
                      .toList())
              : table.rows();
      XWPFTable t = doc.createTable(rows.size() + 1, cols);
      t.setWidth("100%");
      XWPFTableRow header = t.getRow(0);
      header.setRepeatHeader(true);
      for (int c = 0; c < cols; c++) {
        XWPFTableCell cell = header.getCell(c);
        cell.setColor("E8F0F8");
        XWPFRun r = cell.getParagraphs().get(0).createRun();
        r.setBold(true);
        r.setText(clean(table.headers().get(c)));
      }
      for (int i = 0; i < rows.size(); i++) {
        List<String> row = rows.get(i);
        XWPFTableRow tr = t.getRow(i + 1);
        tr.setCantSplitRow(true);
        for (int c = 0; c < cols; c++) {
          tr.getCell(c)
              .getParagraphs()
              .get(0)
              .createRun()
              .setText(c < row.size() ? clean(row.get(c)) : "");
        }
      }
      if (table.source() != null) {
        XWPFParagraph s = doc.createParagraph();
        XWPFRun r = s.createRun();
        r.setFontSize(8);
        r.setColor("5C6F82");
        r.setText(clean(table.source()));
      }
    }
  }

  /** Language (it-IT) and font of every style, so Word checks spelling in Italian. */
  private static void defaults(XWPFStyles styles, String language) {
    String tag = "en".equals(language) ? "en-GB" : "it-IT";
    styles.setSpellingLanguage(tag);
    CTFonts fonts = CTFonts.Factory.newInstance();
    fonts.setAscii("Titillium Web");
    fonts.setHAnsi("Titillium Web");
    fonts.setCs("Titillium Web");
    styles.setDefaultFonts(fonts);
  }

  /** Title, subject and creator, as Word's File › Info shows them. */
  private static void metadata(XWPFDocument doc, Report report) {
    var core = doc.getProperties().getCoreProperties();
    core.setTitle(report.title());
    core.setSubjectProperty(report.subtitle());
    core.setCreator("Zonale");
    core.setLastModifiedByUser("Zonale");
    doc.getProperties().getExtendedProperties().setApplication("Zonale");
  }

  /**
   * A4 portrait with 2 cm margins (Word falls back to Letter without a size), the page number
   * centred in the footer and, for a draft, the mark in the header of every page.
   */
  private static void page(XWPFDocument doc, String mark) {
    var body = doc.getDocument().getBody();
    CTSectPr sect = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
    CTPageSz size = sect.addNewPgSz();
    size.setW(BigInteger.valueOf(11906));
    size.setH(BigInteger.valueOf(16838));
    CTPageMar margins = sect.addNewPgMar();
    margins.setTop(BigInteger.valueOf(1247));
    margins.setBottom(BigInteger.valueOf(1247));
    margins.setLeft(BigInteger.valueOf(1134));
    margins.setRight(BigInteger.valueOf(1134));
    margins.setHeader(BigInteger.valueOf(567));
    margins.setFooter(BigInteger.valueOf(567));
    XWPFHeaderFooterPolicy policy = doc.createHeaderFooterPolicy();
    XWPFFooter footer = policy.createFooter(XWPFHeaderFooterPolicy.DEFAULT);
    XWPFParagraph p = footer.createParagraph();
    p.setAlignment(ParagraphAlignment.CENTER);
    p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
    p.createRun().getCTR().addNewInstrText().setStringValue(" PAGE ");
    p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
    p.createRun().setText("1");
    p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
    if (mark != null) {
      XWPFHeader header = policy.createHeader(XWPFHeaderFooterPolicy.DEFAULT);
      XWPFParagraph h = header.createParagraph();
      h.setAlignment(ParagraphAlignment.RIGHT);
      XWPFRun r = h.createRun();
      r.setBold(true);
      r.setColor("A61919");
      r.setText(mark);
    }
  }

  private static void heading(
      XWPFStyles styles, String id, String name, int outline, int halfPoints, String color) {
    CTStyle ct = CTStyle.Factory.newInstance();
    ct.setStyleId(id);
    ct.setType(STStyleType.PARAGRAPH);
    ct.addNewName().setVal(name);
    ct.addNewUiPriority().setVal(BigInteger.valueOf(9));
    ct.addNewQFormat();
    CTPPrGeneral ppr = ct.addNewPPr();
    ppr.addNewKeepNext();
    ppr.addNewOutlineLvl().setVal(BigInteger.valueOf(outline));
    var spacing = ppr.addNewSpacing();
    spacing.setBefore(BigInteger.valueOf(outline == 0 ? 0 : 240));
    spacing.setAfter(BigInteger.valueOf(120));
    CTRPr rpr = ct.addNewRPr();
    rpr.addNewB();
    rpr.addNewSz().setVal(BigInteger.valueOf(halfPoints));
    rpr.addNewColor().setVal(color);
    styles.addStyle(new XWPFStyle(ct, styles));
  }

  /** XML 1.0 forbids most control characters; a word processor would refuse the file. */
  private static String clean(String text) {
    return text == null ? "" : text.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]", "");
  }
}
