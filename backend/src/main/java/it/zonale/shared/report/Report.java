package it.zonale.shared.report;

import java.util.List;

/**
 * A whole document: a title page, a table of contents and its chapters.
 *
 * @param coverNotes lines under the subtitle on the title page (e.g. the approval's deliberation)
 * @param pageMark a word printed on every page (e.g. "Bozza"), or null
 */
public record Report(
    String title,
    String subtitle,
    String language,
    List<ReportChapter> chapters,
    List<String> coverNotes,
    String pageMark) {

  public Report {
    coverNotes = coverNotes == null ? List.of() : List.copyOf(coverNotes);
  }

  public Report(String title, String subtitle, String language, List<ReportChapter> chapters) {
    this(title, subtitle, language, chapters, List.of(), null);
  }

  /** This report with a word on every page. */
  public Report withPageMark(String mark) {
    return new Report(title, subtitle, language, chapters, coverNotes, mark);
  }
}
