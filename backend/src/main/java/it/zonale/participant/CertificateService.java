package it.zonale.participant;

import it.zonale.district.District;
import it.zonale.district.DistrictApi;
import it.zonale.organization.OrganizationApi;
import it.zonale.plan.PlanApi;
import it.zonale.session.Session;
import it.zonale.session.SessionApi;
import it.zonale.session.SessionRef;
import it.zonale.session.SessionStatus;
import it.zonale.shared.error.DomainException;
import it.zonale.shared.persistence.Timestamps;
import it.zonale.shared.security.CurrentUser;
import it.zonale.table.TableApi;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The attestato di partecipazione: the plan office certifies that a person attended a held session.
 * The person's own organisation and the plan office of the session's ambito may have it.
 */
@ApplicationScoped
class CertificateService {
  private static final ZoneId ROME = ZoneId.of("Europe/Rome");

  private final RegistrationRepository registrations;
  private final ParticipantService people;
  private final SessionApi sessions;
  private final TableApi tables;
  private final PlanApi plans;
  private final DistrictApi districts;
  private final OrganizationApi organizations;
  private final CurrentUser user;

  public CertificateService(
      RegistrationRepository registrations,
      ParticipantService people,
      SessionApi sessions,
      TableApi tables,
      PlanApi plans,
      DistrictApi districts,
      OrganizationApi organizations,
      CurrentUser user) {
    this.registrations = registrations;
    this.people = people;
    this.sessions = sessions;
    this.tables = tables;
    this.plans = plans;
    this.districts = districts;
    this.organizations = organizations;
    this.user = user;
  }

  /**
   * The certificate of one person's attendance, as a PDF in Italian or English.
   *
   * @throws DomainException.NotFound session-, participant- or registration-not-found
   * @throws DomainException.Forbidden not-your-session: a plan office of another ambito
   * @throws DomainException.InvalidState session-not-held, not-attended
   */
  public byte[] certificateOf(UUID sessionId, UUID participantId, Locale locale) {
    SessionRef ref = sessions.readableSession(sessionId);
    ParticipantEntity person = people.manageablePerson(participantId);
    boolean own = user.organizationId().map(person.organizationId::equals).orElse(false);
    if (!own && !user.managesDistrict(ref.districtId())) {
      throw DomainException.Forbidden.of(
          "not-your-session",
          "Only the person's organisation and the plan office of the session's ambito may have"
              + " the certificate.");
    }
    RegistrationEntity r =
        registrations
            .find(sessionId, person.id)
            .filter(found -> found.status != RegistrationStatus.CANCELLED)
            .orElseThrow(() -> DomainException.NotFound.of("registration", participantId));
    if (ref.status() != SessionStatus.HELD) {
      throw DomainException.InvalidState.of(
          "session-not-held",
          "A certificate is issued once the plan office has marked the session as held.");
    }
    if (!Boolean.TRUE.equals(r.attended)) {
      throw DomainException.InvalidState.of(
          "not-attended",
          "The attendance register does not show " + person.fullName + " as present.");
    }
    Session session = sessions.calendarOfSession(sessionId).session();
    District district = districts.getDistrict(ref.districtId());
    String organization =
        organizations
            .namesOf(List.of(person.organizationId))
            .getOrDefault(person.organizationId, "");
    AttendanceCertificate certificate =
        new AttendanceCertificate(
            district.name(),
            district.leadBody(),
            plans.readablePlanDetails(ref.planId()).title(),
            person.fullName,
            organization,
            session.title(),
            session.tableId() == null
                ? null
                : tables.readableTableDetails(session.tableId()).name(),
            session.startsAt().atZoneSameInstant(ROME),
            session.endsAt().atZoneSameInstant(ROME),
            session.mode(),
            session.place(),
            r.id,
            Timestamps.now().atZone(ROME).toLocalDate());
    return CertificatePdf.write(certificate, locale);
  }
}
