package it.zonale.notification;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of e-mail notifications ({@code zonale.notification.*}). */
@ConfigMapping(prefix = "zonale.notification")
public interface NotificationConfig {
  /** The SPA's address, for the links in the mails. */
  @WithDefault("http://localhost:5173")
  String appUrl();

  /** How long before a session or a call's deadline the reminder goes out. */
  @WithDefault("PT48H")
  Duration reminderLead();

  /** How often the outbox is delivered ({@code off} disables the job, as in tests). */
  @WithDefault("30s")
  String deliverEvery();

  /** How often reminders are looked for ({@code off} disables the job). */
  @WithDefault("5m")
  String remindEvery();

  /** Mails claimed per delivery transaction. */
  @WithDefault("20")
  int batchSize();

  /** Failed sends before a mail is given up. */
  @WithDefault("10")
  int maxAttempts();

  /** How long sent, given-up or skipped mails stay in the outbox (docs/privacy.md, retention). */
  @WithDefault("P90D")
  Duration sentRetention();
}
