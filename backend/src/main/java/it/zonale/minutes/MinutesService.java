package it.zonale.minutes;

import it.zonale.audit.AuditAction;
import it.zonale.audit.AuditApi;
import it.zonale.session.SessionApi;
import it.zonale.session.SessionRef;
import it.zonale.session.SessionStatus;
import it.zonale.shared.error.DomainException;
import it.zonale.shared.persistence.Timestamps;
import it.zonale.shared.persistence.Versions;
import it.zonale.shared.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * The minutes of a session: the plan office writes a draft (each save is a version, kept in the
 * audit log) and approves it, which freezes it and makes it public with the session.
 */
@ApplicationScoped
class MinutesService {
  private static final ZoneId ROME = ZoneId.of("Europe/Rome");

  private final MinutesRepository minutes;
  private final MinutesErratumRepository errata;
  private final SessionApi sessions;
  private final CurrentUser user;
  private final AuditApi audit;

  public MinutesService(
      MinutesRepository minutes,
      MinutesErratumRepository errata,
      SessionApi sessions,
      CurrentUser user,
      AuditApi audit) {
    this.errata = errata;
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
    return toDto(e, user.managesDistrict(session.districtId()));
  }

  /**
   * Writes the draft: version 0 creates it, then the stored version must be sent back.
   *
   * @throws DomainException.InvalidState minutes-approved, session-cancelled, session-not-held
   * @throws DomainException.StaleVersion when someone else saved first
   */
  @Transactional
  public Minutes saveDraft(UUID sessionId, MinutesUpdate update) {
    SessionRef session = sessions.manageableSession(sessionId);
    requireHeld(session);
    MinutesEntity e = minutes.findByIdOptional(sessionId).orElse(null);
    Minutes before = e == null ? null : toDto(e, true);
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
    Minutes after = toDto(e, true);
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
    requireHeld(sessions.manageableSession(sessionId));
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
    Minutes before = toDto(e, true);
    e.status = MinutesStatus.APPROVED;
    e.approvedAt = Timestamps.now();
    e.updatedAt = e.approvedAt;
    minutes.flush();
    Minutes after = toDto(e, true);
    audit.recordChange(
        AuditAction.STATUS_CHANGE, "minutes", sessionId, e.districtId, before, after);
    return after;
  }

  /** Minutes record what happened: only a held session has them. */
  private static void requireHeld(SessionRef session) {
    if (session.status() == SessionStatus.CANCELLED) {
      throw DomainException.InvalidState.of(
          "session-cancelled", "A cancelled session has no minutes.");
    }
    if (session.status() != SessionStatus.HELD) {
      throw DomainException.InvalidState.of(
          "session-not-held", "Minutes are written for a held session: mark it held first.");
    }
  }

  /**
   * Writes a correction of approved minutes: version 0 opens erratum {@code number}, the next one,
   * while no other erratum is waiting for approval; afterwards send the version you read.
   *
   * @throws DomainException.NotFound minutes-not-found, minutes-erratum-not-found
   * @throws DomainException.InvalidState minutes-not-approved, erratum-approved, erratum-pending,
   *     erratum-number-not-next
   * @throws DomainException.StaleVersion when someone else saved first
   */
  @Transactional
  public Minutes saveErratum(UUID sessionId, int number, MinutesUpdate update) {
    sessions.manageableSession(sessionId);
    MinutesEntity m = approvedMinutes(sessionId);
    List<MinutesErratumEntity> all = errata.ofSession(sessionId);
    MinutesErratumEntity e = all.stream().filter(x -> x.number == number).findFirst().orElse(null);
    MinutesErratum before = e == null ? null : toDto(e);
    Instant now = Timestamps.now();
    if (e == null) {
      Versions.require("minutes-erratum", update.version(), 0);
      if (all.stream().anyMatch(x -> x.status == MinutesStatus.DRAFT)) {
        throw DomainException.InvalidState.of(
            "erratum-pending", "An erratum is waiting for approval: approve it first.");
      }
      if (number != all.size() + 1) {
        throw DomainException.InvalidState.of(
            "erratum-number-not-next",
            "Errata are numbered in order: the next one is " + (all.size() + 1) + ".");
      }
      e = new MinutesErratumEntity();
      e.id = UUID.randomUUID();
      e.sessionId = sessionId;
      e.districtId = m.districtId;
      e.number = number;
      e.status = MinutesStatus.DRAFT;
      e.createdAt = now;
    } else {
      Versions.require("minutes-erratum", update.version(), shown(e));
      requireDraft(e);
    }
    e.body = update.body();
    e.updatedAt = now;
    if (before == null) {
      errata.persist(e);
    }
    errata.flush();
    audit.recordChange(
        before == null ? AuditAction.CREATE : AuditAction.UPDATE,
        "minutes-erratum",
        e.id,
        e.districtId,
        before,
        toDto(e));
    return toDto(m, true);
  }

  /**
   * Approves the erratum version the office has read; from then on it is frozen and public.
   *
   * @throws DomainException.NotFound minutes-erratum-not-found
   * @throws DomainException.InvalidState erratum-approved, minutes-empty
   */
  @Transactional
  public Minutes approveErratum(UUID sessionId, int number, MinutesApproval approval) {
    sessions.manageableSession(sessionId);
    MinutesEntity m = approvedMinutes(sessionId);
    MinutesErratumEntity e =
        errata
            .find(sessionId, number)
            .orElseThrow(() -> DomainException.NotFound.of("minutes-erratum", number));
    Versions.require("minutes-erratum", approval.version(), shown(e));
    requireDraft(e);
    if (e.body.isBlank()) {
      throw DomainException.InvalidState.of(
          "minutes-empty", "An empty erratum cannot be approved: write it first.");
    }
    MinutesErratum before = toDto(e);
    e.status = MinutesStatus.APPROVED;
    e.approvedAt = Timestamps.now();
    e.updatedAt = e.approvedAt;
    errata.flush();
    audit.recordChange(
        AuditAction.STATUS_CHANGE, "minutes-erratum", e.id, e.districtId, before, toDto(e));
    return toDto(m, true);
  }

  private MinutesEntity approvedMinutes(UUID sessionId) {
    MinutesEntity m =
        minutes
            .findByIdOptional(sessionId)
            .orElseThrow(() -> DomainException.NotFound.of("minutes", sessionId));
    if (m.status != MinutesStatus.APPROVED) {
      throw DomainException.InvalidState.of(
          "minutes-not-approved",
          "Draft minutes are corrected by editing them; errata correct approved minutes.");
    }
    return m;
  }

  private static void requireDraft(MinutesErratumEntity e) {
    if (e.status == MinutesStatus.APPROVED) {
      throw DomainException.InvalidState.of(
          "erratum-approved", "An approved erratum is frozen: write a new erratum instead.");
    }
  }

  private static long shown(MinutesErratumEntity e) {
    return e.version + 1;
  }

  private static MinutesErratum toDto(MinutesErratumEntity e) {
    return new MinutesErratum(
        e.number,
        e.body,
        e.status,
        shown(e),
        e.updatedAt.atZone(ROME).toOffsetDateTime(),
        e.approvedAt == null ? null : e.approvedAt.atZone(ROME).toOffsetDateTime());
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

  /** The minutes with their errata: drafts of errata only for the plan office. */
  private Minutes toDto(MinutesEntity e, boolean office) {
    List<MinutesErratum> shownErrata =
        e.status == MinutesStatus.APPROVED
            ? errata.ofSession(e.sessionId).stream()
                .filter(x -> office || x.status == MinutesStatus.APPROVED)
                .map(MinutesService::toDto)
                .toList()
            : List.of();
    return new Minutes(
        e.sessionId,
        e.body,
        e.status,
        shown(e),
        e.updatedAt.atZone(ROME).toOffsetDateTime(),
        e.approvedAt == null ? null : e.approvedAt.atZone(ROME).toOffsetDateTime(),
        shownErrata);
  }
}
