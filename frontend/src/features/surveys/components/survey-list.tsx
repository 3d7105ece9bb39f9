import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate, formatTime } from '../../../lib/format';
import { questionCount } from '../lib';
import type { Survey } from '../types';
import { SurveyStatusBadge } from './survey-status-badge';

/** A plan's surveys with status, deadline and number of questions, each linked to its page. */
export function SurveyList({ surveys, hrefOf }: { surveys: Survey[]; hrefOf: (survey: Survey) => string }) {
  const { t, i18n } = useTranslation();
  if (surveys.length === 0) return <p>{t('surveys.list.empty')}</p>;
  return (
    <ul className="list-unstyled zonale-manage-list">
      {surveys.map((s) => (
        <li key={s.id} className="zonale-manage-item" data-testid={`survey-${s.id}`}>
          <Link to={hrefOf(s)} className="fw-semibold d-block">
            {s.title}
          </Link>
          <SurveyStatusBadge status={s.status} deadline={s.deadline} />{' '}
          <span className="small">
            {s.deadline
              ? t('surveys.list.deadline', { date: formatDate(s.deadline, i18n.language), time: formatTime(s.deadline, i18n.language) })
              : t('surveys.list.noDeadline')}
            {' · '}
            {t('surveys.list.questions', { count: questionCount(s.definition) })}
          </span>
        </li>
      ))}
    </ul>
  );
}
