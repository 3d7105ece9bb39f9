import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/errors/problem-alert';
import { useSessionRegistrations } from '../api/get-session-registrations';
import type { Participant } from '../types';
import { activeRegistrations, RegistrationState } from './registration-state';

/** For one session: whether each of the organisation's participants has a seat, waits, or neither. */
export function RegistrationSummary({ sessionId, participants }: { sessionId: string; participants: Participant[] }) {
  const { t } = useTranslation();
  const registrations = useSessionRegistrations(sessionId);
  if (registrations.isPending) return <p className="small text-secondary mb-0">{t('app.loading')}</p>;
  if (registrations.isError) return <ProblemAlert error={registrations.error} />;
  const active = activeRegistrations(registrations.data.items);
  if (participants.length === 0) return <p className="small mb-0">{t('participants.registration.empty')}</p>;
  return (
    <ul className="list-unstyled small mb-0" aria-label={t('participants.summary.label')}>
      {participants.map((p) => (
        <li key={p.id}>
          {p.fullName}: <RegistrationState registration={active.get(p.id)} />
        </li>
      ))}
    </ul>
  );
}
