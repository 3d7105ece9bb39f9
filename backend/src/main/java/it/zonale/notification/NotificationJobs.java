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
  /** How long sent mails stay in the outbox, for support questions ("did they get it?"). */
  static final java.time.Duration RETENTION = java.time.Duration.ofDays(90);

  private final ReminderService reminders;
  private final DeliveryService delivery;

  public NotificationJobs(ReminderService reminders, DeliveryService delivery) {
    this.reminders = reminders;
    this.delivery = delivery;
  }

  @Scheduled(
      identity = "notification-reminders",
      every = "${zonale.notification.remind-every:5m}",
      delayed = "30s",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void queueReminders() {
    reminders.queueReminders(Timestamps.now());
    delivery.purgeBefore(Timestamps.now().minus(RETENTION));
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
