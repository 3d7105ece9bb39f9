import { useTranslation } from 'react-i18next';
import { env } from '../../../config/env';

type Target = { kind: 'plan' | 'table' | 'session'; id: string };

const PATHS: Record<Target['kind'], string> = { plan: 'plans', table: 'tables', session: 'sessions' };

/** The public iCalendar address of a plan, a table or one incontro. */
export function calendarUrl({ kind, id }: Target): string {
  return `${env.apiUrl}/api/v1/${PATHS[kind]}/${id}/calendar`;
}

/** A link to add the incontri to a calendar app (the .ics opens or downloads; the address can be subscribed to). */
export function CalendarLink(target: Target) {
  const { t } = useTranslation();
  return (
    <a className="btn btn-outline-primary btn-sm zonale-calendar-link" href={calendarUrl(target)}>
      {t(`calendar.link.${target.kind}`)}
    </a>
  );
}
