package it.zonale.plandocument;

import it.zonale.shared.report.ColumnWidths;
import it.zonale.shared.report.Report;
import it.zonale.shared.report.ReportBlock;
import it.zonale.shared.report.ReportChapter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STOnOff1;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHyperlink;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabTlc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

/**
 * Writes a report as a Word document (Apache POI XWPF): chapter titles in the built-in style
 * "heading 1" (sub-headings "heading 2"/"heading 3"), so the table of contents, a TOC field, is
 * rebuilt by Word on opening (the document asks to update its fields) and by LibreOffice on Tools ›
 * Update; until then the field shows the chapter titles written here. Tables have a header row
 * repeated on every page.
 */
final class ReportDocx {
  /** A4 width (11906 twips) less the two margins of 1134. */
  private static final int TEXT_WIDTH = 11906 - 2 * 1134;

  /** How many of a table's last rows are kept on one page with each other and the source. */
  private static final int KEPT_LAST_ROWS = 3;

  private ReportDocx() {}

  static byte[] render(Report report) {
    return render(report, List.of());
  }

  /**
   * The report with the table of contents pre-filled with these page numbers, one per chapter
   * (empty: entries without numbers until the fields are updated).
   */
  static byte[] render(Report report, List<Integer> chapterPages) {
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
      tocStyle(styles);
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
      toc(doc, report.chapters(), chapterPages);
      doc.enforceUpdateFields();

      List<ReportChapter> chapters = report.chapters();
      for (int i = 0; i < chapters.size(); i++) {
        ReportChapter chapter = chapters.get(i);
        XWPFParagraph h = doc.createParagraph();
        h.setStyle("Heading1");
        h.setPageBreak(true);
        var start = h.getCTP().addNewBookmarkStart();
        start.setName(tocAnchor(i));
        start.setId(BigInteger.valueOf(i + 1L));
        h.createRun().setText((i + 1) + ". " + chapter.title());
        h.getCTP().addNewBookmarkEnd().setId(BigInteger.valueOf(i + 1L));
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

  /**
   * A TOC field over heading levels 1-3 with hyperlinks, marked dirty (the document asks Word to
   * update its fields on opening). Its result is pre-filled, as Word itself writes it: one
   * paragraph per chapter in the style "toc 1", a link to the chapter's bookmark, a dotted tab and
   * the page number, so the contents have page numbers before any update (and in readers that never
   * update fields).
   */
  private static void toc(XWPFDocument doc, List<ReportChapter> chapters, List<Integer> pages) {
    List<XWPFParagraph> entries = new ArrayList<>();
    for (int i = 0; i < Math.max(chapters.size(), 1); i++) {
      XWPFParagraph p = doc.createParagraph();
      p.setStyle("TOC1");
      entries.add(p);
    }
    XWPFParagraph first = entries.get(0);
    var begin = first.createRun().getCTR().addNewFldChar();
    begin.setFldCharType(STFldCharType.BEGIN);
    begin.setDirty(STOnOff1.ON);
    var instr = first.createRun().getCTR().addNewInstrText();
    instr.setStringValue(" TOC \\o \"1-3\" \\h \\z \\u ");
    instr.setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
    first.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
    for (int i = 0; i < chapters.size(); i++) {
      CTHyperlink link = entries.get(i).getCTP().addNewHyperlink();
      link.setAnchor(tocAnchor(i));
      link.setHistory(STOnOff1.ON);
      link.addNewR().addNewT().setStringValue((i + 1) + ". " + chapters.get(i).title());
      if (i < pages.size() && pages.get(i) != null) {
        link.addNewR().addNewTab();
        link.addNewR().addNewT().setStringValue(String.valueOf(pages.get(i)));
      }
    }
    entries
        .get(entries.size() - 1)
        .createRun()
        .getCTR()
        .addNewFldChar()
        .setFldCharType(STFldCharType.END);
  }

  private static String tocAnchor(int chapter) {
    return "_Toc_chapter_" + (chapter + 1);
  }

  /**
   * The page of each chapter in a PDF rendering of the same report, from its outline (one bookmark
   * per chapter, in order); the DOCX has the same title page, contents and page breaks before
   * chapters, so these are the pages Word shows until it repaginates. Empty if the outline cannot
   * be read.
   */
  static List<Integer> chapterPages(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDDocumentOutline outline = document.getDocumentCatalog().getDocumentOutline();
      if (outline == null) {
        return List.of();
      }
      List<Integer> pages = new ArrayList<>();
      for (PDOutlineItem item : outline.children()) {
        PDPage page = item.findDestinationPage(document);
        pages.add(page == null ? null : document.getPages().indexOf(page) + 1);
      }
      return pages;
    } catch (IOException e) {
      return List.of();
    }
  }

  /** The two list definitions of numbering.xml: abstract numbers 0 (bullet) and 1 ("1."). */
  enum Lists {
    BULLET,
    DECIMAL
  }

  /**
   * Word lists (numbering.xml): a bulleted list shares one numbering instance; each numbered list
   * gets its own instance restarting at 1, so two lists of a chapter are not numbered 1-6.
   */
  private static void listItems(XWPFDocument doc, List<String> items, Lists kind) {
    XWPFNumbering numbering = doc.getNumbering();
    if (numbering == null) {
      numbering = doc.createNumbering();
    }
    BigInteger abstractId = BigInteger.valueOf(kind.ordinal());
    if (numbering.getAbstractNum(abstractId) == null) {
      numbering.addAbstractNum(new XWPFAbstractNum(abstractNum(kind), numbering));
    }
    BigInteger numId;
    if (kind == Lists.BULLET) {
      numId = bulletNum(numbering, abstractId);
    } else {
      numId = numbering.addNum(abstractId);
      CTNumLvl override = numbering.getNum(numId).getCTNum().addNewLvlOverride();
      override.setIlvl(BigInteger.ZERO);
      override.addNewStartOverride().setVal(BigInteger.ONE);
    }
    for (int i = 0; i < items.size(); i++) {
      XWPFParagraph p = doc.createParagraph();
      p.setNumID(numId);
      p.setNumILvl(BigInteger.ZERO);
      if (i < items.size() - 1) {
        p.setSpacingAfter(40);
      } else {
        p.setSpacingAfter(160);
      }
      p.createRun().setText(clean(items.get(i)));
    }
  }

  /** The one numbering instance of the bullet lists, created on the first list. */
  private static BigInteger bulletNum(XWPFNumbering numbering, BigInteger abstractId) {
    for (XWPFNum num : numbering.getNums()) {
      if (abstractId.equals(num.getCTNum().getAbstractNumId().getVal())) {
        return num.getCTNum().getNumId();
      }
    }
    return numbering.addNum(abstractId);
  }

  private static CTAbstractNum abstractNum(Lists kind) {
    CTAbstractNum a = CTAbstractNum.Factory.newInstance();
    a.setAbstractNumId(BigInteger.valueOf(kind.ordinal()));
    CTLvl lvl = a.addNewLvl();
    lvl.setIlvl(BigInteger.ZERO);
    lvl.addNewStart().setVal(BigInteger.ONE);
    lvl.addNewLvlJc().setVal(STJc.LEFT);
    if (kind == Lists.BULLET) {
      lvl.addNewNumFmt().setVal(STNumberFormat.BULLET);
      lvl.addNewLvlText().setVal("\u2022");
    } else {
      lvl.addNewNumFmt().setVal(STNumberFormat.DECIMAL);
      lvl.addNewLvlText().setVal("%1.");
    }
    CTInd ind = lvl.addNewPPr().addNewInd();
    ind.setLeft(BigInteger.valueOf(720));
    ind.setHanging(BigInteger.valueOf(360));
    return a;
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
      listItems(doc, list.items(), Lists.BULLET);
    } else if (block instanceof ReportBlock.NumberedList list) {
      listItems(doc, list.items(), Lists.DECIMAL);
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
      int[] twips = columnTwips(table);
      fixColumns(t, twips);
      XWPFTableRow header = t.getRow(0);
      header.setRepeatHeader(true);
      for (int c = 0; c < cols; c++) {
        XWPFTableCell cell = header.getCell(c);
        cell.setWidth(String.valueOf(twips[c]));
        cell.setColor("E8F0F8");
        XWPFRun r = cell.getParagraphs().get(0).createRun();
        r.setBold(true);
        r.setText(clean(table.headers().get(c)));
      }
      for (int i = 0; i < rows.size(); i++) {
        List<String> row = rows.get(i);
        XWPFTableRow tr = t.getRow(i + 1);
        tr.setCantSplitRow(true);
        // the last rows stay with each other and with the source line below the table, so
        // neither a source nor the end of a table is left alone at the top of a page
        boolean keepWithNext =
            i >= rows.size() - KEPT_LAST_ROWS && i < rows.size() - 1
                || i == rows.size() - 1 && table.source() != null;
        for (int c = 0; c < cols; c++) {
          XWPFTableCell cell = tr.getCell(c);
          cell.setWidth(String.valueOf(twips[c]));
          XWPFParagraph p = cell.getParagraphs().get(0);
          if (keepWithNext) {
            if (p.getCTP().getPPr() == null) {
              p.getCTP().addNewPPr();
            }
            p.setKeepNext(true);
          }
          p.createRun().setText(c < row.size() ? clean(row.get(c)) : "");
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

  /** Each column's width in twips, from {@link ColumnWidths}; together the text width. */
  private static int[] columnTwips(ReportBlock.DataTable table) {
    List<Double> shares = ColumnWidths.of(table);
    int[] twips = new int[shares.size()];
    for (int c = 0; c < twips.length; c++) {
      twips[c] = (int) Math.round(TEXT_WIDTH * shares.get(c));
    }
    return twips;
  }

  /**
   * The grid Word lays the table out on, with a fixed layout: with automatic layout Word would
   * recompute equal columns from the first row.
   */
  private static void fixColumns(XWPFTable t, int[] twips) {
    CTTblGrid grid = t.getCTTbl().getTblGrid();
    if (grid == null) {
      grid = t.getCTTbl().addNewTblGrid();
    }
    while (grid.sizeOfGridColArray() > 0) {
      grid.removeGridCol(0);
    }
    for (int w : twips) {
      grid.addNewGridCol().setW(BigInteger.valueOf(w));
    }
    CTTblPr properties = t.getCTTbl().getTblPr();
    (properties.isSetTblLayout() ? properties.getTblLayout() : properties.addNewTblLayout())
        .setType(STTblLayoutType.FIXED);
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

  /** "toc 1": the contents' entries, the page number right-aligned after a dotted leader. */
  private static void tocStyle(XWPFStyles styles) {
    CTStyle ct = CTStyle.Factory.newInstance();
    ct.setStyleId("TOC1");
    ct.setType(STStyleType.PARAGRAPH);
    ct.addNewName().setVal("toc 1");
    ct.addNewUiPriority().setVal(BigInteger.valueOf(39));
    CTPPrGeneral ppr = ct.addNewPPr();
    CTTabStop tab = ppr.addNewTabs().addNewTab();
    tab.setVal(STTabJc.RIGHT);
    tab.setLeader(STTabTlc.DOT);
    tab.setPos(BigInteger.valueOf(TEXT_WIDTH));
    ppr.addNewSpacing().setAfter(BigInteger.valueOf(100));
    styles.addStyle(new XWPFStyle(ct, styles));
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
