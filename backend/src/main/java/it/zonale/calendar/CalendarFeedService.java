package it.zonale.calendar;

import it.zonale.audit.AuditAction;
import it.zonale.audit.AuditApi;
import it.zonale.organization.OrganizationApi;
import it.zonale.shared.error.DomainException;
import it.zonale.shared.persistence.Timestamps;
import it.zonale.shared.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A signed-in user makes, rotates and revokes the secret address of their private calendar feed;
 * calendar apps then present its key without signing in.
 */
@ApplicationScoped
class CalendarFeedService {
  /** 256 random bits: the key is the feed's only credential, so it must not be guessable. */
  static final int KEY_BYTES = 32;

  /** Base64url without padding of {@link #KEY_BYTES} bytes. */
  static final Pattern KEY_SHAPE = Pattern.compile("^[A-Za-z0-9_-]{43}$");

  private static final SecureRandom RANDOM = new SecureRandom();

  private final CalendarFeedRepository feeds;
  private final OrganizationApi organizations;
  private final CurrentUser user;
  private final AuditApi audit;

  public CalendarFeedService(
      CalendarFeedRepository feeds,
      OrganizationApi organizations,
      CurrentUser user,
      AuditApi audit) {
    this.feeds = feeds;
    this.organizations = organizations;
    this.user = user;
    this.audit = audit;
  }

  /** Whether the caller has a feed, without its key (only its hash is stored anyway). */
  public CalendarFeed getMyCalendarFeed() {
    return feeds
        .findByIdOptional(userId())
        .map(CalendarFeedService::toDto)
        .orElse(new CalendarFeed(false, null, null));
  }

  /**
   * Makes the caller's feed, or gives it a new key: the previous address stops working at once.
   *
   * @throws DomainException.Forbidden no-organization
   */
  @Transactional
  public CalendarFeedKey createMyCalendarFeed() {
    String userId = userId();
    UUID organizationId = organizationOfCaller();
    byte[] random = new byte[KEY_BYTES];
    RANDOM.nextBytes(random);
    String key = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    CalendarFeedEntity e = feeds.findByIdOptional(userId).orElse(null);
    CalendarFeed before = e == null ? null : toDto(e);
    if (e == null) {
      e = new CalendarFeedEntity();
      e.userId = userId;
    }
    e.organizationId = organizationId;
    e.tokenHash = hash(key);
    e.createdAt = Timestamps.now();
    if (before == null) {
      feeds.persist(e);
    }
    feeds.flush();
    audit.recordChange(
        before == null ? AuditAction.CREATE : AuditAction.UPDATE,
        "calendar-feed",
        userId,
        null,
        before,
        toDto(e));
    return new CalendarFeedKey(key, e.createdAt);
  }

  /** Revokes the caller's feed; revoking when there is none changes nothing. */
  @Transactional
  public void revokeMyCalendarFeed() {
    feeds
        .findByIdOptional(userId())
        .ifPresent(
            e -> {
              audit.recordChange(
                  AuditAction.DELETE, "calendar-feed", e.userId, null, toDto(e), null);
              feeds.delete(e);
              feeds.flush();
            });
  }

  /**
   * For the private feed: the organisation whose feed this key opens.
   *
   * @throws DomainException.NotFound calendar-feed-not-found (unknown, rotated or revoked key)
   */
  public UUID organizationOfKey(String key) {
    if (key == null || !KEY_SHAPE.matcher(key).matches()) {
      throw DomainException.NotFound.of("calendar-feed", key);
    }
    return feeds
        .findByTokenHash(hash(key))
        .map(e -> e.organizationId)
        .orElseThrow(() -> DomainException.NotFound.of("calendar-feed", key));
  }

  /** The organisation the caller acts for, if Zonale knows it. */
  private UUID organizationOfCaller() {
    try {
      UUID id = user.organizationId().orElseThrow();
      return organizations.getOrganization(id).id();
    } catch (java.util.NoSuchElementException | DomainException.NotFound e) {
      throw DomainException.Forbidden.of(
          "no-organization",
          "Your account acts for no organisation known to Zonale: ask your plan office to link it to one.");
    }
  }

  private String userId() {
    return user.userId().orElseThrow();
  }

  /** SHA-256 in hex: the key has 256 random bits, so a fast unsalted hash is enough to store it. */
  static String hash(String key) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.US_ASCII)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  private static CalendarFeed toDto(CalendarFeedEntity e) {
    return new CalendarFeed(true, e.createdAt.atOffset(ZoneOffset.UTC), e.organizationId);
  }
}
