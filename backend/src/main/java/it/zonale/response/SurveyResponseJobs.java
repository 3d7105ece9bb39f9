package it.zonale.response;

import io.quarkus.scheduler.Scheduled;
import it.zonale.shared.persistence.Timestamps;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The automatic reminder before a survey's deadline, with the same lead time (48 h) and schedule as
 * the reminders of sessions and calls; safe on every replica, because each reminder is unique in
 * the outbox.
 */
@ApplicationScoped
class SurveyResponseJobs {
  private final SurveyResponseService responses;
  private final Duration reminderLead;

  /**
   * @param reminderLead the notification setting that times the reminders of sessions and calls,
   *     read by name so that this feature does not depend on notifications
   */
  public SurveyResponseJobs(
      SurveyResponseService responses,
      @ConfigProperty(name = "zonale.notification.reminder-lead", defaultValue = "PT48H")
          Duration reminderLead) {
    this.responses = responses;
    this.reminderLead = reminderLead;
  }

  @Scheduled(
      identity = "survey-reminders",
      every = "${zonale.notification.remind-every:5m}",
      delayed = "40s",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void queueDeadlineReminders() {
    responses.queueDeadlineReminders(Timestamps.now(), reminderLead);
  }
}
