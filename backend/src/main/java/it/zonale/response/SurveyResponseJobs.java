package it.zonale.response;

import io.quarkus.scheduler.Scheduled;
import it.zonale.notification.NotificationConfig;
import it.zonale.shared.persistence.Timestamps;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The automatic reminder before a survey's deadline, with the same lead time (48 h) and schedule as
 * the reminders of sessions and calls; safe on every replica, because each reminder is unique in
 * the outbox.
 */
@ApplicationScoped
public class SurveyResponseJobs {
  private final SurveyResponseService responses;
  private final NotificationConfig config;

  public SurveyResponseJobs(SurveyResponseService responses, NotificationConfig config) {
    this.responses = responses;
    this.config = config;
  }

  @Scheduled(
      identity = "survey-reminders",
      every = "${zonale.notification.remind-every:5m}",
      delayed = "40s",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void queueDeadlineReminders() {
    responses.queueDeadlineReminders(Timestamps.now(), config.reminderLead());
  }
}
