package it.zonale.privacy;

import it.zonale.audit.AuditAction;
import it.zonale.audit.AuditApi;
import it.zonale.audit.AuditEntry;
import it.zonale.minutes.MinutesApi;
import it.zonale.organization.OrganizationApi;
import it.zonale.participant.ParticipantApi;
import it.zonale.participant.PersonRecord;
import it.zonale.shared.error.DomainException;
import it.zonale.shared.persistence.Timestamps;
import it.zonale.shared.security.CurrentUser;
import it.zonale.shared.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A person's rights under the GDPR (docs/privacy.md): their data exported, by themselves or by the
 * plan office on request, and their erasure by pseudonymisation that keeps the legal record.
 */
@ApplicationScoped
class PrivacyService {
  /** Audit entries listed in one export at most; the export says when there were more. */
  static final int MAX_AUDIT_ENTRIES = 10_000;

  /** Who asked for an erasure made by the retention job. */
  static final String RETENTION = "retention";

  private final ParticipantApi participants;
  private final OrganizationApi organizations;
  private final AuditApi audit;
  private final MinutesApi minutes;
  private final ErasureRepository erasures;
  private final CurrentUser user;

  PrivacyService(
      ParticipantApi participants,
      OrganizationApi organizations,
      AuditApi audit,
      MinutesApi minutes,
      ErasureRepository erasures,
      CurrentUser user) {
    this.participants = participants;
    this.organizations = organizations;
    this.audit = audit;
    this.minutes = minutes;
    this.erasures = erasures;
    this.user = user;
  }

  /** What Zonale holds about the signed-in person: their account, records, actions and mails. */
  public MyPersonalData myPersonalData() {
    Optional<String> email = user.verifiedEmail();
    List<AuditEntry> entries = audit.entriesOfCaller(MAX_AUDIT_ENTRIES + 1);
    List<String> roles =
        Stream.of(Roles.CONSORTIUM, Roles.ASST, Roles.ETS, Roles.COMUNE)
            .filter(user::hasRole)
            .toList();
    return new MyPersonalData(
        now(),
        new AccountData(
            user.userId().orElseThrow(),
            user.displayName(),
            email.orElse(null),
            roles,
            user.organizationId().orElse(null),
            user.districtIds().stream().sorted(Comparator.comparing(UUID::toString)).toList()),
        email.map(participants::peopleWithVerifiedEmail).orElse(List.of()),
        entries.stream().limit(MAX_AUDIT_ENTRIES).toList(),
        entries.size() > MAX_AUDIT_ENTRIES,
        email.map(participants::mailsTo).orElse(List.of()));
  }

  /**
   * A participant's data for the plan office of their ambito; the reading is audited.
   *
   * @throws DomainException.NotFound participant-not-found (also outside the caller's ambiti)
   */
  @Transactional
  public PersonalData personalDataOf(UUID participantId) {
    PersonRecord person = participants.personForPlanOffice(participantId);
    List<AuditEntry> entries =
        audit.anyEntriesAbout("participant", participantId, MAX_AUDIT_ENTRIES + 1);
    Map<String, Object> read = new LinkedHashMap<>();
    read.put("personalData", "EXPORTED");
    auditIn(person, AuditAction.PERSONAL_DATA_EXPORT, read);
    return new PersonalData(
        now(),
        person,
        erasures.ofParticipant(participantId).map(PrivacyService::toDto).orElse(null),
        entries.stream().limit(MAX_AUDIT_ENTRIES).toList(),
        entries.size() > MAX_AUDIT_ENTRIES,
        person.email() == null ? List.of() : participants.mailsTo(person.email()));
  }

  /**
   * Erases a person for the plan office of their ambito: the same answer when asked again.
   *
   * @throws DomainException.NotFound participant-not-found
   * @throws DomainException.InvalidState person-has-upcoming-registrations
   */
  @Transactional
  public Erasure erase(UUID participantId, ErasureRequest request) {
    Optional<ErasureEntity> done = erasures.ofParticipant(participantId);
    if (done.isPresent()) {
      // why: checks first, so that an erased person's record stays hidden from other ambiti
      participants.personForPlanOffice(participantId);
      return toDto(done.get());
    }
    long number = erasures.nextNumber();
    String pseudonym = pseudonym(number);
    Optional<PersonRecord> before = participants.erasePerson(participantId, pseudonym);
    if (before.isEmpty()) {
      // erased by the retention job without a record of ours: there is nothing left to do
      return erasures.ofParticipant(participantId).map(PrivacyService::toDto).orElseThrow();
    }
    return toDto(
        record(before.get(), number, pseudonym, request.reason(), user.displayName(), request));
  }

  /**
   * Pseudonymises one inactive person for the retention job (no caller, no checks).
   *
   * @return whether the person was erased now
   */
  @Transactional(Transactional.TxType.MANDATORY)
  boolean eraseForRetention(UUID participantId, int years) {
    long number = erasures.nextNumber();
    String pseudonym = pseudonym(number);
    return participants
        .anyErasePersonForRetention(participantId, pseudonym)
        .map(
            before ->
                record(
                    before,
                    number,
                    pseudonym,
                    "No registration for " + years + " years (retention policy)",
                    RETENTION,
                    null))
        .isPresent();
  }

  private ErasureEntity record(
      PersonRecord before,
      long number,
      String pseudonym,
      String reason,
      String requestedBy,
      ErasureRequest request) {
    Set<UUID> districts = organizations.districtsOf(before.organizationId());
    ErasureEntity e = new ErasureEntity();
    e.id = UUID.randomUUID();
    e.participantId = before.id();
    e.number = number;
    e.pseudonym = pseudonym;
    e.districtId = districts.stream().min(Comparator.comparing(UUID::toString)).orElse(null);
    e.reason = scrub(reason, before, pseudonym);
    e.requestedBy = requestedBy;
    e.erasedAt = Timestamps.now();
    erasures.persistAndFlush(e);
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("pseudonym", pseudonym);
    after.put("reason", e.reason);
    auditIn(before, AuditAction.ERASURE, after);
    Map<String, String> replacements = new LinkedHashMap<>();
    replacements.put(before.fullName(), pseudonym);
    if (before.email() != null) {
      replacements.put(before.email(), "");
    }
    String username = request == null ? null : request.username();
    if (username != null && !username.isBlank()) {
      replacements.put(username.strip(), pseudonym);
    }
    audit.pseudonymise(replacements, username == null ? null : username.strip(), pseudonym);
    minutes.replaceNameInMinutes(districts, before.fullName(), pseudonym);
    return e;
  }

  private void auditIn(PersonRecord person, AuditAction action, Map<String, Object> after) {
    organizations
        .districtsOf(person.organizationId())
        .forEach(d -> audit.recordChange(action, "participant", person.id(), d, null, after));
  }

  /** The reason as stored: the person's name and e-mail in it replaced. */
  private static String scrub(String reason, PersonRecord person, String pseudonym) {
    String text = reason.strip().replace(person.fullName(), pseudonym);
    return person.email() == null ? text : text.replace(person.email(), "");
  }

  static String pseudonym(long number) {
    return "Persona rimossa n. " + number;
  }

  private static OffsetDateTime now() {
    return Timestamps.now().atOffset(ZoneOffset.UTC);
  }

  private static Erasure toDto(ErasureEntity e) {
    return new Erasure(
        e.id,
        e.participantId,
        e.pseudonym,
        e.reason,
        e.requestedBy,
        e.erasedAt.atOffset(ZoneOffset.UTC));
  }

  static Instant yearsBefore(Instant now, int years) {
    return now.atOffset(ZoneOffset.UTC).minusYears(years).toInstant();
  }
}
