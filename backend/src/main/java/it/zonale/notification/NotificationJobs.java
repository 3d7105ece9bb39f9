package it.zonale.notification;

import io.quarkus.scheduler.Scheduled;
import it.zonale.shared.persistence.Timestamps;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The scheduled jobs of notifications, on every replica: safe to run in parallel, because reminders
 * are unique in the outbox and delivery locks the rows it sends.
 */
@ApplicationScoped
class NotificationJobs {
  private final ReminderService reminders;
  private final DeliveryService delivery;
  private final NotificationConfig config;

  public NotificationJobs(
      ReminderService reminders, DeliveryService delivery, NotificationConfig config) {
    this.reminders = reminders;
    this.delivery = delivery;
    this.config = config;
  }

  @Scheduled(
      identity = "notification-reminders",
      every = "${zonale.notification.remind-every:5m}",
      delayed = "30s",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void queueReminders() {
    reminders.queueReminders(Timestamps.now());
    // why: sent mails stay for support questions ("did they get it?"), as long as the retention
    // policy says (zonale.notification.sent-retention, docs/privacy.md)
    delivery.purgeBefore(Timestamps.now().minus(config.sentRetention()));
  }

  @Scheduled(
      identity = "notification-delivery",
      every = "${zonale.notification.deliver-every:30s}",
      delayed = "10s",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void deliver() {
    delivery.deliverDue(Timestamps.now());
  }
}
