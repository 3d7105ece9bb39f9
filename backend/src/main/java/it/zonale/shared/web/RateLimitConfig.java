package it.zonale.shared.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Map;
import java.util.Optional;

/** Requests a caller may make per minute, shared by all replicas ({@link RateLimitFilter}). */
@ConfigMapping(prefix = "zonale.rate-limit")
public interface RateLimitConfig {
  /** The limit of a signed-in caller whose roles name no limit of their own. */
  @WithDefault("600")
  int perMinute();

  /** The limit of an anonymous caller, per client address; {@link #perMinute()} when unset. */
  Optional<Integer> anonymousPerMinute();

  /** Per realm role: a caller with several roles gets the highest of theirs. */
  Map<String, Integer> roles();

  /** How often windows older than the current one are deleted. */
  @WithDefault("60s")
  String pruneEvery();
}
