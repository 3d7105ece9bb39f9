import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/errors/problem-alert';
import { Loading } from '../../../components/ui/loading';
import { useCancelRegistration } from '../api/cancel-registration';
import { useParticipants } from '../api/get-participants';
import { useSessionRegistrations } from '../api/get-session-registrations';
import { useRegisterParticipant } from '../api/register-participant';
import type { Participant } from '../types';
import { CertificateButton } from './certificate-button';
import { activeRegistrations, RegistrationState } from './registration-state';

/**
 * The signed-in organisation's participants, each with a button to register to the session or cancel;
 * once the session is held, the attendance certificate of each person marked present.
 */
export function RegistrationCard({ sessionId, userId, held = false }: { sessionId: string; userId: string; held?: boolean }) {
  const { t } = useTranslation();
  const participants = useParticipants(userId);
  const registrations = useSessionRegistrations(sessionId);
  const register = useRegisterParticipant(sessionId);
  const cancel = useCancelRegistration(sessionId);
  const [announcement, setAnnouncement] = useState('');
  const [failure, setFailure] = useState<unknown>(null);

  const active = activeRegistrations(registrations.data?.items ?? []);
  const seats = registrations.data;
  const busy = register.isPending || cancel.isPending;

  function onRegister(p: Participant) {
    setFailure(null);
    setAnnouncement('');
    register.mutate(p.id, {
      onSuccess: (r) =>
        setAnnouncement(
          r.status === 'WAITLISTED'
            ? t('participants.registration.waitlisted', { name: p.fullName, position: r.waitlistPosition ?? '' })
            : t('participants.registration.registered', { name: p.fullName }),
        ),
      onError: (e) => setFailure(e),
    });
  }

  function onCancel(p: Participant) {
    setFailure(null);
    setAnnouncement('');
    cancel.mutate(p.id, {
      onSuccess: () => setAnnouncement(t('participants.registration.cancelled', { name: p.fullName })),
      onError: (e) => setFailure(e),
    });
  }

  return (
    <section aria-labelledby="registration-title" className="zonale-card zonale-registration mt-4">
      <h2 id="registration-title" className="h4">
        {t('participants.registration.title')}
      </h2>
      <p className="small text-secondary">{t('participants.registration.intro')}</p>
      {seats?.capacity ? (
        <p className="small fw-semibold" data-testid="registration-seats">
          {t('participants.registration.seats', { taken: seats.registeredCount, capacity: seats.capacity })}
          {seats.waitlistCount > 0 ? ` ${t('participants.registration.waiting', { count: seats.waitlistCount })}` : ''}
        </p>
      ) : null}
      <div role="status" aria-live="polite" data-testid="registration-status">
        {announcement ? <p className="text-success fw-semibold mb-2">{announcement}</p> : null}
      </div>
      {failure ? <ProblemAlert error={failure} titleKey="participants.registration.failed" /> : null}
      {participants.isPending || registrations.isPending ? <Loading /> : null}
      {participants.isError ? <ProblemAlert error={participants.error} /> : null}
      {!participants.isError && registrations.isError ? <ProblemAlert error={registrations.error} /> : null}
      {participants.data && registrations.data ? (
        participants.data.items.length === 0 ? (
          <p>{t('participants.registration.empty')}</p>
        ) : (
          <ul className="list-unstyled mb-0 zonale-registration-list">
            {participants.data.items.map((p) => {
              const current = active.get(p.id);
              const isRegistered = current !== undefined;
              return (
                <li key={p.id} className="zonale-registration-item" data-testid={`participant-${p.id}`}>
                  <div>
                    <span className="fw-semibold d-block">{p.fullName}</span>
                    {p.organizationRole ? <span className="small d-block">{p.organizationRole}</span> : null}
                    <RegistrationState registration={current} />
                    {held && current?.attended === true ? <CertificateButton sessionId={sessionId} participantId={p.id} name={p.fullName} /> : null}
                  </div>
                  {/* why: one button whose label flips (aria-disabled, not disabled, while busy) keeps the keyboard focus */}
                  <button
                    type="button"
                    className={`btn btn-sm ${isRegistered ? 'btn-outline-primary' : 'btn-primary'}`}
                    aria-disabled={busy}
                    onClick={() => {
                      if (busy) return;
                      if (isRegistered) onCancel(p);
                      else onRegister(p);
                    }}
                  >
                    {t(isRegistered ? 'participants.registration.cancel' : 'participants.registration.register', { name: p.fullName })}
                  </button>
                </li>
              );
            })}
          </ul>
        )
      ) : null}
    </section>
  );
}
