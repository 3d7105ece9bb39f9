import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatEuro } from '../lib';
import type { Objective } from '../types';
import { ObjectiveStatusBadge } from './objective-status-badge';
import { ProgressBar } from './progress-bar';

/** An objective in a list: title, status, resources and the progress of each indicator. */
export function ObjectiveCard({ objective, title }: { objective: Objective; title: ReactNode }) {
  const { t, i18n } = useTranslation();
  return (
    <article className="card card-bg shadow-sm">
      <div className="card-body">
        <h3 className="h5 card-title">{title}</h3>
        <p className="mb-2">
          <ObjectiveStatusBadge status={objective.status} />
          {objective.resources ? (
            <span className="ms-2 small">{t('objectives.card.resources', { amount: formatEuro(objective.resources.amount, i18n.language) })}</span>
          ) : null}
        </p>
        {objective.indicators.length === 0 ? <p className="small text-secondary mb-0">{t('objectives.card.noIndicators')}</p> : null}
        <ul className="list-unstyled mb-0">
          {objective.indicators.map((i) => (
            <li key={i.id} className="mb-2">
              <span className="small fw-semibold d-block">{i.name}</span>
              <ProgressBar indicator={i} />
            </li>
          ))}
        </ul>
      </div>
    </article>
  );
}
