package it.zonale.notification;

import io.quarkus.arc.All;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Sends the due mails of the outbox through SMTP. A batch is claimed in a short transaction (FOR
 * UPDATE SKIP LOCKED, then leased for {@link #LEASE}), so two replicas do not take the same batch.
 * Each mail is then sent in its own transaction that locks its row, checks that what it announces
 * still holds ({@link StillTrue}: a seat confirmed is not sent to someone who cancelled since),
 * sends it and marks it sent, or marks it skipped with the reason: so two replicas never both send
 * it, and the fact cannot change between the check and the sending. A failure is retried later with
 * a growing pause, up to a limit.
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
  private final Map<NotificationKind, StillTrue> checks = new EnumMap<>(NotificationKind.class);

  public DeliveryService(
      NotificationRepository outbox,
      Mailer mailer,
      Engine templates,
      NotificationConfig config,
      @All List<StillTrue> checks) {
    this.outbox = outbox;
    this.mailer = mailer;
    this.templates = templates;
    this.config = config;
    for (StillTrue check : checks) {
      for (NotificationKind kind : check.kinds()) {
        if (this.checks.put(kind, check) != null) {
          throw new IllegalStateException("two checks before sending for " + kind);
        }
      }
    }
  }

  /** The kinds of mail re-checked before sending; the others are always sent. */
  java.util.Set<NotificationKind> checkedKinds() {
    return java.util.Collections.unmodifiableSet(checks.keySet());
  }

  /** What became of one mail. */
  enum Outcome {
    SENT,
    SKIPPED,
    FAILED,
    /** Sent, given up or skipped meanwhile by another replica whose lease had expired. */
    GONE
  }

  /**
   * Sends every mail due at {@code now}, batch after batch.
   *
   * @return how many were sent
   */
  public int deliverDue(Instant now) {
    int sent = 0;
    while (true) {
      List<UUID> batch = QuarkusTransaction.requiringNew().call(() -> claim(now));
      for (UUID id : batch) {
        if (deliverOne(id, now) == Outcome.SENT) {
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
   * Forgets mails sent, given up or skipped before {@code before}; reminders are long past by then,
   * so their keys are no longer needed.
   *
   * @return how many rows were deleted
   */
  @jakarta.transaction.Transactional
  public long purgeBefore(Instant before) {
    return outbox.delete("coalesce(sentAt, failedAt, skippedAt) < ?1", before);
  }

  private List<UUID> claim(Instant now) {
    List<NotificationEntity> due = outbox.claimDue(now, config.batchSize());
    due.forEach(mail -> mail.nextAttemptAt = now.plus(LEASE));
    outbox.flush();
    return due.stream().map(m -> m.id).toList();
  }

  private Outcome deliverOne(UUID id, Instant now) {
    try {
      return QuarkusTransaction.requiringNew().call(() -> checkAndSend(id, now));
    } catch (RuntimeException e) {
      // why: the check itself failed (the database, a bug): counted as a failed attempt, so that a
      // mail that can never be checked is given up rather than retried forever
      return QuarkusTransaction.requiringNew()
          .call(
              () -> outbox.lockPending(id).map(mail -> failed(mail, now, e)).orElse(Outcome.GONE));
    }
  }

  /** One transaction: the row locked, the fact re-checked, the mail sent and marked. */
  private Outcome checkAndSend(UUID id, Instant now) {
    NotificationEntity mail = outbox.lockPending(id).orElse(null);
    if (mail == null) {
      return Outcome.GONE;
    }
    StillTrue check = checks.get(mail.kind);
    Optional<String> refuted =
        check == null
            ? Optional.empty()
            : check.refuted(
                new PendingMail(
                    mail.id,
                    mail.kind,
                    mail.subjectId,
                    mail.language,
                    Map.copyOf(mail.params),
                    mail.announces == null ? null : Map.copyOf(mail.announces),
                    now));
    if (refuted.isPresent()) {
      mail.skippedAt = now;
      mail.skipReason = clip(refuted.get());
      LOG.infof("Did not send the %s mail %s: %s", mail.kind, mail.id, refuted.get());
      return Outcome.SKIPPED;
    }
    try {
      mailer.send(render(mail));
    } catch (RuntimeException e) {
      return failed(mail, now, e);
    }
    mail.sentAt = now;
    mail.attempts++;
    mail.lastError = null;
    return Outcome.SENT;
  }

  private Mail render(NotificationEntity mail) {
    Template template =
        templates.getTemplate(
            "notification/"
                + mail.language.name().toLowerCase(Locale.ROOT)
                + "/"
                + mail.kind.template);
    if (template == null) {
      throw new IllegalStateException("no template for " + mail.kind + " in " + mail.language);
    }
    // why: titles come from users; a line break in a subject would start a new mail header
    String subject =
        template
            .getFragment("subject")
            .data(mail.params)
            .render()
            .replaceAll("[\\r\\n\\t]+", " ")
            .strip();
    String body = template.data(mail.params).render().strip() + "\n";
    return Mail.withText(mail.recipient, subject, body);
  }

  private Outcome failed(NotificationEntity mail, Instant now, RuntimeException error) {
    String text = error.getClass().getSimpleName() + ": " + error.getMessage();
    mail.attempts++;
    mail.lastError = clip(text);
    if (mail.attempts >= config.maxAttempts()) {
      mail.failedAt = now;
      LOG.errorf(
          "Gave up the %s mail %s after %d attempts: %s", mail.kind, mail.id, mail.attempts, text);
    } else {
      Duration pause = Duration.ofMinutes(1L << Math.min(mail.attempts, 20));
      mail.nextAttemptAt = now.plus(pause.compareTo(MAX_PAUSE) > 0 ? MAX_PAUSE : pause);
      LOG.warnf("The %s mail %s failed (attempt %d): %s", mail.kind, mail.id, mail.attempts, text);
    }
    return Outcome.FAILED;
  }

  private static String clip(String text) {
    return text.length() > 1000 ? text.substring(0, 1000) : text;
  }
}
