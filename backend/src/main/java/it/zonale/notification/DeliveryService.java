package it.zonale.notification;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import it.zonale.participant.PreferredLanguage;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Sends the due mails of the outbox through SMTP. A batch is claimed in a short transaction (FOR
 * UPDATE SKIP LOCKED, then leased for {@link #LEASE}), so two replicas never take the same mail and
 * no database transaction waits on the mail server; a failure is retried later with a growing
 * pause, up to a limit. A replica that dies while sending leaves the lease to expire, and the mail
 * goes out again (at least once, never twice at the same time).
 */
@ApplicationScoped
public class DeliveryService {
  private static final Logger LOG = Logger.getLogger(DeliveryService.class);
  static final Duration LEASE = Duration.ofMinutes(10);
  private static final Duration MAX_PAUSE = Duration.ofHours(6);

  private final NotificationRepository outbox;
  private final Mailer mailer;
  private final Engine templates;
  private final NotificationConfig config;

  public DeliveryService(
      NotificationRepository outbox, Mailer mailer, Engine templates, NotificationConfig config) {
    this.outbox = outbox;
    this.mailer = mailer;
    this.templates = templates;
    this.config = config;
  }

  /** A claimed mail, detached from the transaction that claimed it. */
  private record Claimed(
      UUID id,
      NotificationKind kind,
      String recipient,
      PreferredLanguage language,
      Map<String, String> params,
      int attempts) {}

  /**
   * Sends every mail due at {@code now}, batch after batch.
   *
   * @return how many were sent
   */
  public int deliverDue(Instant now) {
    int sent = 0;
    while (true) {
      List<Claimed> batch = QuarkusTransaction.requiringNew().call(() -> claim(now));
      for (Claimed mail : batch) {
        if (send(mail, now)) {
          sent++;
        }
      }
      // why: failed mails are leased or due later, so each batch claims new rows until none is left
      if (batch.size() < config.batchSize()) {
        return sent;
      }
    }
  }

  /**
   * Forgets mails sent or given up before {@code before}; reminders are long past by then, so their
   * keys are no longer needed.
   *
   * @return how many rows were deleted
   */
  @jakarta.transaction.Transactional
  public long purgeBefore(Instant before) {
    return outbox.delete("coalesce(sentAt, failedAt) < ?1", before);
  }

  private List<Claimed> claim(Instant now) {
    List<NotificationEntity> due = outbox.claimDue(now, config.batchSize());
    due.forEach(mail -> mail.nextAttemptAt = now.plus(LEASE));
    outbox.flush();
    return due.stream()
        .map(
            m ->
                new Claimed(
                    m.id, m.kind, m.recipient, m.language, Map.copyOf(m.params), m.attempts))
        .toList();
  }

  private boolean send(Claimed mail, Instant now) {
    try {
      Template template =
          templates.getTemplate(
              "notification/"
                  + mail.language().name().toLowerCase(Locale.ROOT)
                  + "/"
                  + mail.kind().template);
      if (template == null) {
        throw new IllegalStateException(
            "no template for " + mail.kind() + " in " + mail.language());
      }
      // why: titles come from users; a line break in a subject would start a new mail header
      String subject =
          template
              .getFragment("subject")
              .data(mail.params())
              .render()
              .replaceAll("[\\r\\n\\t]+", " ")
              .strip();
      String body = template.data(mail.params()).render().strip() + "\n";
      mailer.send(Mail.withText(mail.recipient(), subject, body));
    } catch (RuntimeException e) {
      failed(mail, now, e);
      return false;
    }
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              NotificationEntity e = outbox.findById(mail.id());
              e.sentAt = now;
              e.attempts = mail.attempts() + 1;
              e.lastError = null;
            });
    return true;
  }

  private void failed(Claimed mail, Instant now, RuntimeException error) {
    String text = error.getClass().getSimpleName() + ": " + error.getMessage();
    String stored = text.length() > 1000 ? text.substring(0, 1000) : text;
    int attempts = mail.attempts() + 1;
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              NotificationEntity e = outbox.findById(mail.id());
              e.attempts = attempts;
              e.lastError = stored;
              if (attempts >= config.maxAttempts()) {
                e.failedAt = now;
              } else {
                Duration pause = Duration.ofMinutes(1L << Math.min(attempts, 20));
                e.nextAttemptAt = now.plus(pause.compareTo(MAX_PAUSE) > 0 ? MAX_PAUSE : pause);
              }
            });
    if (attempts >= config.maxAttempts()) {
      LOG.errorf(
          "Gave up the %s mail %s after %d attempts: %s", mail.kind(), mail.id(), attempts, text);
    } else {
      LOG.warnf("The %s mail %s failed (attempt %d): %s", mail.kind(), mail.id(), attempts, text);
    }
  }
}
