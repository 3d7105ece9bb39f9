package it.zonale.response;

import it.zonale.organization.OrganizationContact;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Fired, inside the transaction, when an organisation that has not submitted its answers to a needs
 * survey is to be reminded: {@code automatic}, the one reminder before the deadline (one per
 * deadline); otherwise sent by the plan office, at most once a day per organisation. The
 * notification feature observes it in the same transaction and {@link #markQueued() marks} it when
 * it queued the mail (not when the same reminder was already queued), so the plan office is told
 * how many went out without this feature depending on notifications.
 */
public record SurveyReminderNotice(
    UUID surveyId,
    UUID planId,
    String title,
    Instant deadline,
    OrganizationContact organization,
    boolean automatic,
    Instant at,
    AtomicBoolean queued) {

  static SurveyReminderNotice of(
      UUID surveyId,
      UUID planId,
      String title,
      Instant deadline,
      OrganizationContact organization,
      boolean automatic,
      Instant at) {
    return new SurveyReminderNotice(
        surveyId, planId, title, deadline, organization, automatic, at, new AtomicBoolean());
  }

  /** Called by the observer that queued the mail. */
  public void markQueued() {
    queued.set(true);
  }

  /** Whether an observer queued the mail. */
  public boolean wasQueued() {
    return queued.get();
  }
}
