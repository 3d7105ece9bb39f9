package it.zonale.notification;

import it.zonale.call.CallApi;
import it.zonale.call.CallOutline;
import it.zonale.interest.InterestApi;
import it.zonale.participant.PreferredLanguage;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A call's deadline reminder is sent only while the organisation has not answered and the deadline
 * is still the one the mail gives.
 */
@ApplicationScoped
class CallStillUnanswered implements StillTrue {
  private final CallApi calls;
  private final InterestApi interests;

  CallStillUnanswered(CallApi calls, InterestApi interests) {
    this.calls = calls;
    this.interests = interests;
  }

  @Override
  public Set<NotificationKind> kinds() {
    return Set.of(NotificationKind.CALL_DEADLINE_REMINDER);
  }

  @Override
  public Optional<String> refuted(PendingMail mail) {
    Optional<CallOutline> call = calls.anyCallOutlineForMail(mail.subjectId());
    if (call.isEmpty()) {
      return Optional.of("call-gone: the call no longer exists");
    }
    if (!MailText.when(call.get().deadline(), PreferredLanguage.IT)
        .equals(mail.param("deadline"))) {
      return Optional.of("call-deadline-moved: the call's deadline changed since");
    }
    Optional<UUID> organization = mail.announcedId(Announces.ORGANIZATION_ID);
    if (organization.isPresent()
        && interests.anyOrganizationsThatAnswered(mail.subjectId()).contains(organization.get())) {
      return Optional.of("call-answered: the organisation answered the call since");
    }
    return Optional.empty();
  }
}
