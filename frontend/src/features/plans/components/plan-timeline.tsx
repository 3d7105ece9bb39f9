import { useTranslation } from 'react-i18next';
import { formatLocalDate } from '../../../lib/format';
import type { PlanPhase } from '../types';

/** The phases of a plan as a vertical timeline, in date order; phases without an end are milestones. */
export function PlanTimeline({ phases }: { phases: PlanPhase[] }) {
  const { t, i18n } = useTranslation();
  if (phases.length === 0) return <p className="text-secondary">{t('plans.timeline.empty')}</p>;
  const sorted = [...phases].sort((a, b) => a.startDate.localeCompare(b.startDate));
  return (
    <ol className="zonale-timeline">
      {sorted.map((phase) => {
        const milestone = !phase.endDate || phase.endDate === phase.startDate;
        return (
          <li key={phase.id} className={`zonale-timeline-item${milestone ? ' is-milestone' : ''}`}>
            <p className="zonale-timeline-date mb-1">
              {milestone ? (
                <>
                  <span className="badge bg-primary me-2">{t('plans.timeline.milestone')}</span>
                  <time dateTime={phase.startDate}>{formatLocalDate(phase.startDate, i18n.language)}</time>
                </>
              ) : (
                t('plans.timeline.range', {
                  start: formatLocalDate(phase.startDate, i18n.language),
                  end: formatLocalDate(phase.endDate ?? phase.startDate, i18n.language),
                })
              )}
            </p>
            <h3 className="h5 mb-1">{phase.name}</h3>
            <p className="small text-secondary mb-1">{t(`plans.timeline.kind.${phase.kind}`)}</p>
            {phase.description ? <p className="mb-0">{phase.description}</p> : null}
          </li>
        );
      })}
    </ol>
  );
}
