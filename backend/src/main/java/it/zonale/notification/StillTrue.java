package it.zonale.notification;

import java.util.Optional;
import java.util.Set;

/**
 * What one kind of outbox mail announces, checked against the current state by the sender right
 * before the mail goes out, in the transaction that marks it sent. A kind that no check speaks for
 * is a historical fact (a session was cancelled, an istanza was decided) and is always sent.
 */
interface StillTrue {
  /** The kinds of mail this check speaks for; each kind has at most one check. */
  Set<NotificationKind> kinds();

  /**
   * Why the mail's fact no longer holds, or empty if it still does. It may lock what it reads until
   * the transaction ends, so that the fact cannot change while the mail is being sent.
   */
  Optional<String> refuted(PendingMail mail);
}
