package it.zonale.shared.report;

import java.util.List;

/** One chapter of a report: a stable key (for anchors and diffs), a title and its blocks. */
public record ReportChapter(String key, String title, List<ReportBlock> blocks) {}
