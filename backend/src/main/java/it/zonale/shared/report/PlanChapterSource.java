package it.zonale.shared.report;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * A feature's part of the plan document, assembled from its own data (tables and sessions, the
 * needs synthesis, the objectives, the accordo...). The plan document collects every source as a
 * CDI bean, so features add chapters without the document depending on them.
 */
public interface PlanChapterSource {

  /**
   * Where the chapter goes: lower comes first. Context 100, process 200, needs 300, objectives 400,
   * agreement 500.
   */
  int order();

  /** The chapter for the plan, or empty when the feature has nothing for it yet. */
  Optional<ReportChapter> chapter(UUID planId, Locale locale);
}
