package it.zonale.privacy;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The retention policy and its job ({@code zonale.privacy.*}; docs/privacy.md). */
@ConfigMapping(prefix = "zonale.privacy")
public interface PrivacyConfig {
  /** How often the retention job runs ({@code off} disables it, as in tests). */
  @WithDefault("6h")
  String retentionEvery();

  /** Years an audit entry is kept; older ones are deleted. */
  @WithDefault("10")
  int auditLogYears();

  /**
   * Years a participant is kept without any registration to a session since; then they are
   * pseudonymised as on erasure.
   */
  @WithDefault("5")
  int inactiveParticipantYears();

  /** People pseudonymised at most per run, so that one run stays a short transaction. */
  @WithDefault("500")
  int batchSize();
}
