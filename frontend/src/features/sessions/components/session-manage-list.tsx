import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../../config/paths';
import { formatDate, formatTime } from '../../../lib/format';
import type { Session } from '../types';

/** The plan office's list of a plan's incontri: each one's page, when and its status, and its edit link. */
export function SessionManageList({ sessions }: { sessions: Pick<Session, 'id' | 'title' | 'startsAt' | 'status'>[] }) {
  const { t, i18n } = useTranslation();
  if (sessions.length === 0) return <p>{t('sessions.calendar.empty')}</p>;
  return (
    <ul className="list-unstyled zonale-manage-list">
      {sessions.map((s) => (
        <li key={s.id} className="zonale-manage-item zonale-manage-row">
          <div>
            <Link to={paths.session.href(s.id)} className="fw-semibold d-block">
              {s.title}
            </Link>
            <span className="small">
              {formatDate(s.startsAt, i18n.language)}, {formatTime(s.startsAt, i18n.language)} · {t(`sessions.status.${s.status}`)}
            </span>
          </div>
          <Link to={paths.sessionEdit.href(s.id)} className="btn btn-outline-primary btn-sm">
            {t('form.editNamed', { name: s.title })}
          </Link>
        </li>
      ))}
    </ul>
  );
}
