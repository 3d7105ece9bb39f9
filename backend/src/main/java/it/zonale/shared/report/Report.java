package it.zonale.shared.report;

import java.util.List;

/** A whole document: a title page, a table of contents and its chapters. */
public record Report(
    String title, String subtitle, String language, List<ReportChapter> chapters) {}
