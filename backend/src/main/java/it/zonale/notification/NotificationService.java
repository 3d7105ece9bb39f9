package it.zonale.notification;

import it.zonale.call.CallApi;
import it.zonale.call.CallOpened;
import it.zonale.call.CallOutline;
import it.zonale.interest.ExpressionOfInterestNotice;
import it.zonale.interest.ExpressionOfInterestStatus;
import it.zonale.organization.OrganizationApi;
import it.zonale.organization.OrganizationContact;
import it.zonale.organization.OrganizationKind;
import it.zonale.participant.ParticipantApi;
import it.zonale.participant.ParticipantContact;
import it.zonale.participant.PreferredLanguage;
import it.zonale.participant.RegistrationNotice;
import it.zonale.response.SurveyReminderNotice;
import it.zonale.session.Session;
import it.zonale.session.SessionApi;
import it.zonale.session.SessionNotice;
import it.zonale.shared.persistence.Timestamps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Turns what happens in the features (their events, observed inside the same transaction) into
 * e-mails in the outbox; {@link DeliveryService} sends them later, so a mail server that fails
 * never undoes the action that caused the mail.
 */
@ApplicationScoped
class NotificationService {
  private static final Logger LOG = Logger.getLogger(NotificationService.class);

  private final NotificationRepository outbox;
  private final CallApi calls;
  private final OrganizationApi organizations;
  private final ParticipantApi participants;
  private final SessionApi sessions;
  private final NotificationConfig config;

  public NotificationService(
      NotificationRepository outbox,
      CallApi calls,
      OrganizationApi organizations,
      ParticipantApi participants,
      SessionApi sessions,
      NotificationConfig config) {
    this.outbox = outbox;
    this.calls = calls;
    this.organizations = organizations;
    this.participants = participants;
    this.sessions = sessions;
    this.config = config;
  }

  /** A call opened: every organisation of the ambito with an e-mail, the plan office aside. */
  void onCallOpened(@Observes CallOpened event) {
    guarded(
        "call opened " + event.callId(),
        () ->
            calls
                .anyCallOutlineForMail(event.callId())
                .ifPresent(
                    call ->
                        organizations.anyContactsInForMail(call.districtId()).stream()
                            .filter(org -> org.kind() != OrganizationKind.CONSORTIUM)
                            .forEach(
                                org ->
                                    toOrganization(
                                        NotificationKind.CALL_OPENED,
                                        call.id(),
                                        org,
                                        callParams(call, org),
                                        null,
                                        Timestamps.now()))));
  }

  /** Submitted: the organisation and the plan office of the ambito; decided: the organisation. */
  void onExpressionOfInterest(@Observes ExpressionOfInterestNotice event) {
    guarded(
        "expression of interest " + event.expressionOfInterestId(),
        () -> {
          Optional<CallOutline> call = calls.anyCallOutlineForMail(event.callId());
          Optional<OrganizationContact> org =
              organizations.anyContactForMail(event.organizationId());
          if (call.isEmpty()) {
            return;
          }
          String orgName =
              organizations.namesOf(java.util.Set.of(event.organizationId())).values().stream()
                  .findFirst()
                  .orElse("");
          UUID id = event.expressionOfInterestId();
          if (event.status() == ExpressionOfInterestStatus.SUBMITTED) {
            org.ifPresent(
                o ->
                    toOrganization(
                        NotificationKind.EXPRESSION_OF_INTEREST_RECEIVED,
                        id,
                        o,
                        interestParams(call.get(), orgName, event, false),
                        null,
                        Timestamps.now()));
            organizations.anyContactsInForMail(event.districtId()).stream()
                .filter(office -> office.kind() == OrganizationKind.CONSORTIUM)
                .forEach(
                    office ->
                        toOrganization(
                            NotificationKind.EXPRESSION_OF_INTEREST_RECEIVED,
                            id,
                            office,
                            interestParams(call.get(), orgName, event, true),
                            null,
                            Timestamps.now()));
          } else if (event.status().isDecided()) {
            NotificationKind kind =
                event.status() == ExpressionOfInterestStatus.REJECTED
                    ? NotificationKind.EXPRESSION_OF_INTEREST_REJECTED
                    : NotificationKind.EXPRESSION_OF_INTEREST_ADMITTED;
            org.ifPresent(
                o ->
                    toOrganization(
                        kind,
                        id,
                        o,
                        interestParams(call.get(), orgName, event, false),
                        null,
                        Timestamps.now()));
          }
        });
  }

  /** Confirmed, waitlisted or promoted: the participant. */
  void onRegistration(@Observes RegistrationNotice event) {
    guarded(
        "registration " + event.registrationId(),
        () -> {
          Optional<Session> session = sessions.anySessionForMail(event.sessionId());
          Optional<ParticipantContact> person =
              participants.anyContactForMail(event.participantId());
          if (session.isEmpty() || person.isEmpty()) {
            return;
          }
          NotificationKind kind =
              switch (event.kind()) {
                case CONFIRMED -> NotificationKind.REGISTRATION_CONFIRMED;
                case WAITLISTED -> NotificationKind.REGISTRATION_WAITLISTED;
                case PROMOTED -> NotificationKind.REGISTRATION_PROMOTED;
              };
          // why: the sender re-checks this registration, as made at this moment, before sending
          Map<String, String> announces =
              Announces.registration(
                  event.registrationId(),
                  participants
                      .lockedRegistrationStateForMail(event.registrationId())
                      .map(r -> r.registeredAt())
                      .orElse(null));
          toParticipant(
              kind,
              event.registrationId(),
              person.get(),
              session.get(),
              announces,
              null,
              Timestamps.now());
        });
  }

  /** Time or place changed, or cancelled: everyone registered, waitlist included. */
  void onSession(@Observes SessionNotice event) {
    guarded(
        "session " + event.sessionId(),
        () ->
            sessions
                .anySessionForMail(event.sessionId())
                .ifPresent(
                    session -> {
                      NotificationKind kind =
                          event.kind() == SessionNotice.Kind.CANCELLED
                              ? NotificationKind.SESSION_CANCELLED
                              : NotificationKind.SESSION_CHANGED;
                      participants
                          .anyContactsRegisteredToForMail(session.id(), true)
                          .forEach(
                              (registrationId, person) ->
                                  toParticipant(
                                      kind,
                                      session.id(),
                                      person,
                                      session,
                                      Announces.registration(registrationId),
                                      null,
                                      Timestamps.now()));
                    }));
  }

  /** Queues a mail to an organisation (in Italian: organisations have no language of their own). */
  boolean toOrganization(
      NotificationKind kind,
      UUID subjectId,
      OrganizationContact org,
      Map<String, String> params,
      String dedupKey,
      Instant at) {
    return toOrganization(kind, subjectId, org, params, null, dedupKey, at);
  }

  /** As above, with what the mail announces, for the check before sending ({@link StillTrue}). */
  boolean toOrganization(
      NotificationKind kind,
      UUID subjectId,
      OrganizationContact org,
      Map<String, String> params,
      Map<String, String> announces,
      String dedupKey,
      Instant at) {
    return outbox.enqueue(
        kind, subjectId, org.email(), PreferredLanguage.IT.name(), params, announces, dedupKey, at);
  }

  /**
   * Queues a mail about a session to a participant, in their language; {@code announces} names the
   * registration it is about, for the check before sending ({@link StillTrue}).
   */
  boolean toParticipant(
      NotificationKind kind,
      UUID subjectId,
      ParticipantContact person,
      Session session,
      Map<String, String> announces,
      String dedupKey,
      Instant at) {
    PreferredLanguage lang = person.language();
    Map<String, String> params = new HashMap<>();
    params.put("name", person.fullName());
    params.put("title", session.title());
    params.put("when", MailText.when(session.startsAt(), lang));
    params.put("where", MailText.where(session, lang));
    params.put("link", config.appUrl() + "/sessions/" + session.id());
    params.put("reason", session.cancellationReason() == null ? "" : session.cancellationReason());
    return outbox.enqueue(
        kind, subjectId, person.email(), lang.name(), params, announces, dedupKey, at);
  }

  /**
   * A needs survey's reminder to an organisation that has not submitted its answers ({@link
   * SurveyReminderNotice#automatic()}: the one before the deadline, one per deadline; otherwise
   * sent by the plan office, at most once a day per organisation); marks the notice when queued.
   */
  void onSurveyReminder(@Observes SurveyReminderNotice notice) {
    if (queueSurveyReminder(
        notice.surveyId(),
        notice.title(),
        notice.deadline(),
        notice.organization(),
        notice.automatic(),
        notice.at())) {
      notice.markQueued();
    }
  }

  private boolean queueSurveyReminder(
      UUID surveyId,
      String title,
      Instant deadline,
      OrganizationContact org,
      boolean automatic,
      Instant now) {
    Map<String, String> params = new HashMap<>();
    params.put("name", org.name());
    params.put("title", title);
    params.put("deadline", MailText.when(deadline, PreferredLanguage.IT));
    params.put("link", config.appUrl() + "/surveys/" + surveyId + "/respond");
    String when =
        automatic
            ? "deadline-" + deadline.getEpochSecond()
            : "day-" + now.atZone(MailText.ZONE).toLocalDate();
    String key =
        NotificationKind.SURVEY_REMINDER
            + ":"
            + surveyId
            + ":"
            + when
            + ":"
            + org.email().strip().toLowerCase(java.util.Locale.ROOT);
    return toOrganization(
        NotificationKind.SURVEY_REMINDER,
        surveyId,
        org,
        params,
        Announces.organization(org.id()),
        key,
        now);
  }

  Map<String, String> callParams(CallOutline call, OrganizationContact org) {
    Map<String, String> params = new HashMap<>();
    params.put("name", org.name());
    params.put("title", call.title());
    params.put("deadline", MailText.when(call.deadline(), PreferredLanguage.IT));
    params.put("link", config.appUrl() + "/plans/" + call.planId());
    return params;
  }

  private Map<String, String> interestParams(
      CallOutline call, String orgName, ExpressionOfInterestNotice event, boolean office) {
    Map<String, String> params = new HashMap<>();
    params.put("name", orgName);
    params.put("title", call.title());
    params.put("link", config.appUrl() + "/plans/" + call.planId());
    // why: templates render strictly, so every key is present; an empty value is false in {#if}
    params.put("office", office ? "true" : "");
    params.put("late", event.late() ? "true" : "");
    params.put(
        "consultative",
        event.status() == ExpressionOfInterestStatus.ADMITTED_CONSULTATIVE ? "true" : "");
    params.put("reason", event.reason() == null ? "" : event.reason());
    return params;
  }

  /**
   * why: a notification is a side effect; a bug in it must be logged, not fail the user's action.
   */
  private static void guarded(String what, Runnable work) {
    try {
      work.run();
    } catch (RuntimeException e) {
      LOG.errorf(e, "Could not queue the e-mail notification for %s", what);
    }
  }
}
