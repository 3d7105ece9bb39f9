package it.zonale.notification;

import it.zonale.participant.PersonErased;
import it.zonale.participant.PersonMail;
import it.zonale.participant.PersonMailQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * The outbox's part of a person's data (docs/privacy.md): the mails written to them, for an export,
 * and their removal on erasure, in the erasure's transaction.
 */
@ApplicationScoped
class PersonalDataMails {
  private final NotificationRepository outbox;

  PersonalDataMails(NotificationRepository outbox) {
    this.outbox = outbox;
  }

  void onQuery(@Observes PersonMailQuery query) {
    if (query.email() == null) {
      return;
    }
    outbox.list("lower(recipient) = lower(?1) order by createdAt, id", query.email()).stream()
        .map(
            m ->
                new PersonMail(
                    m.id,
                    m.kind.name(),
                    m.recipient,
                    m.language.name(),
                    utc(m.createdAt),
                    utc(m.sentAt),
                    utc(m.failedAt)))
        .forEach(query.found()::add);
  }

  /**
   * Mails to the person go, pending or sent (a pending one would reach an erased person, a sent one
   * is only a support log); other mails that name them keep their text under the pseudonym.
   */
  void onErased(@Observes PersonErased erased) {
    if (erased.email() != null) {
      outbox.delete("lower(recipient) = lower(?1)", erased.email());
    }
    if (erased.fullName() == null || erased.fullName().isBlank()) {
      return;
    }
    outbox
        .getEntityManager()
        .createNativeQuery(
            "select cast(id as text) from notification_outbox where strpos(params::text, ?1) > 0")
        .setParameter(1, erased.fullName())
        .getResultList()
        .forEach(
            id ->
                outbox
                    .findByIdOptional(java.util.UUID.fromString((String) id))
                    .ifPresent(
                        mail -> {
                          Map<String, String> params = new java.util.HashMap<>(mail.params);
                          params.replaceAll(
                              (k, v) ->
                                  v == null
                                      ? null
                                      : v.replace(erased.fullName(), erased.pseudonym()));
                          mail.params = params;
                        }));
    outbox.flush();
  }

  private static OffsetDateTime utc(Instant at) {
    return at == null ? null : at.atOffset(ZoneOffset.UTC);
  }
}
