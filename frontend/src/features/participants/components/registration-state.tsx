import { useTranslation } from 'react-i18next';
import type { Registration } from '../types';

/** The badge of one person's place at a session: a seat, a place in the waitlist, or nothing. */
export function RegistrationState({ registration }: { registration: Registration | undefined }) {
  const { t } = useTranslation();
  if (registration?.status === 'REGISTERED') return <span className="badge bg-success">{t('participants.state.registered')}</span>;
  if (registration?.status === 'WAITLISTED') {
    return <span className="badge zonale-badge-waitlist">{t('participants.state.waitlisted', { position: registration.waitlistPosition ?? '' })}</span>;
  }
  return <span className="badge bg-secondary">{t('participants.state.notRegistered')}</span>;
}

/** The organisation's active registration (seat or waitlist) per participant. */
export function activeRegistrations(items: Registration[]): Map<string, Registration> {
  return new Map(items.filter((r) => r.status !== 'CANCELLED').map((r) => [r.participantId, r]));
}
