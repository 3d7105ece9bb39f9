package it.zonale.plandocument;

import it.zonale.shared.report.Report;
import java.util.List;

/** The whole content of a version as stored (JSONB) and hashed. */
record DocumentContent(
    String title, String subtitle, String language, List<DocumentChapter> chapters) {

  Report toReport() {
    return new Report(
        title, subtitle, language, chapters.stream().map(DocumentChapter::toReport).toList());
  }
}
