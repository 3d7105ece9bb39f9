package it.zonale.plandocument;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The export worker: every few seconds each API replica takes queued jobs one at a time (the claim
 * skips rows another replica holds) until none is left.
 */
@ApplicationScoped
class DocumentExportJobs {
  private final DocumentExportService exports;

  public DocumentExportJobs(DocumentExportService exports) {
    this.exports = exports;
  }

  @Scheduled(
      identity = "document-exports",
      every = "${zonale.document.export-every:2s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void work() {
    int done = 0;
    while (done < 20 && exports.runNext()) {
      done++;
    }
  }
}
