package it.zonale.minutes;

import it.zonale.audit.AuditAction;
import it.zonale.audit.AuditService;
import it.zonale.session.SessionRef;
import it.zonale.session.SessionService;
import it.zonale.session.SessionStatus;
import it.zonale.shared.error.DomainException;
import it.zonale.shared.persistence.Timestamps;
import it.zonale.shared.persistence.Versions;
import it.zonale.shared.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.ZoneId;
import java.util.UUID;

/**
 * The minutes of a session: the plan office writes a draft (each save is a version, kept in the
 * audit log) and approves it, which freezes it and makes it public with the session.
 */
@ApplicationScoped
public class MinutesService {
  private static final ZoneId ROME = ZoneId.of("Europe/Rome");

  private final MinutesRepository minutes;
  private final SessionService sessions;
  private final CurrentUser user;
  private final AuditService audit;

  public MinutesService(
      MinutesRepository minutes, SessionService sessions, CurrentUser user, AuditService audit) {
    this.minutes = minutes;
    this.sessions = sessions;
    this.user = user;
    this.audit = audit;
  }

  /**
   * Approved minutes for whoever may read the session; a draft only for its plan office.
   *
   * @throws DomainException.NotFound minutes-not-found
   */
  public Minutes getMinutes(UUID sessionId) {
    SessionRef session = sessions.readableSession(sessionId);
    MinutesEntity e = minutes.findByIdOptional(sessionId).orElse(null);
    if (e == null
        || (e.status == MinutesStatus.DRAFT && !user.managesDistrict(session.districtId()))) {
      throw DomainException.NotFound.of("minutes", sessionId);
    }
    return toDto(e);
  }

  /**
   * Writes the draft: version 0 creates it, then the stored version must be sent back.
   *
   * @throws DomainException.InvalidState minutes-approved, session-cancelled
   * @throws DomainException.StaleVersion when someone else saved first
   */
  @Transactional
  public Minutes saveDraft(UUID sessionId, MinutesUpdate update) {
    SessionRef session = sessions.manageableSession(sessionId);
    if (session.status() == SessionStatus.CANCELLED) {
      throw DomainException.InvalidState.of(
          "session-cancelled", "A cancelled session has no minutes.");
    }
    MinutesEntity e = minutes.findByIdOptional(sessionId).orElse(null);
    Minutes before = e == null ? null : toDto(e);
    if (e == null) {
      Versions.require("minutes", update.version(), 0);
      e = new MinutesEntity();
      e.sessionId = sessionId;
      e.districtId = session.districtId();
      e.status = MinutesStatus.DRAFT;
    } else {
      Versions.require("minutes", update.version(), shown(e));
      requireDraft(e);
    }
    e.body = update.body();
    e.updatedAt = Timestamps.now();
    if (before == null) {
      minutes.persist(e);
    }
    minutes.flush();
    Minutes after = toDto(e);
    audit.recordChange(
        before == null ? AuditAction.CREATE : AuditAction.UPDATE,
        "minutes",
        sessionId,
        e.districtId,
        before,
        after);
    return after;
  }

  /**
   * Approves the draft the office has read (its version); from then on it is frozen and public.
   *
   * @throws DomainException.NotFound minutes-not-found
   * @throws DomainException.InvalidState minutes-approved, minutes-empty
   */
  @Transactional
  public Minutes approve(UUID sessionId, MinutesApproval approval) {
    sessions.manageableSession(sessionId);
    MinutesEntity e =
        minutes
            .findByIdOptional(sessionId)
            .orElseThrow(() -> DomainException.NotFound.of("minutes", sessionId));
    Versions.require("minutes", approval.version(), shown(e));
    requireDraft(e);
    if (e.body.isBlank()) {
      throw DomainException.InvalidState.of(
          "minutes-empty", "Empty minutes cannot be approved: write them first.");
    }
    Minutes before = toDto(e);
    e.status = MinutesStatus.APPROVED;
    e.approvedAt = Timestamps.now();
    e.updatedAt = e.approvedAt;
    minutes.flush();
    Minutes after = toDto(e);
    audit.recordChange(
        AuditAction.STATUS_CHANGE, "minutes", sessionId, e.districtId, before, after);
    return after;
  }

  private static void requireDraft(MinutesEntity e) {
    if (e.status == MinutesStatus.APPROVED) {
      throw DomainException.InvalidState.of(
          "minutes-approved", "Approved minutes are frozen and can no longer change.");
    }
  }

  /**
   * The version the API shows: the stored one plus one, because 0 means "nothing written yet", so
   * two people writing the first draft at once cannot overwrite each other.
   */
  private static long shown(MinutesEntity e) {
    return e.version + 1;
  }

  private static Minutes toDto(MinutesEntity e) {
    return new Minutes(
        e.sessionId,
        e.body,
        e.status,
        shown(e),
        e.updatedAt.atZone(ROME).toOffsetDateTime(),
        e.approvedAt == null ? null : e.approvedAt.atZone(ROME).toOffsetDateTime());
  }
}
