import { Badge, Button } from 'design-react-kit';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/form/confirm-dialog';
import { ProblemAlert } from '../../../components/errors/problem-alert';
import { useReopenSurveyResponse } from '../api/office';
import { dateTime } from '../lib';
import type { SurveyResponse } from '../types';

/** The responses received, with their state; the plan office reopens one so that it can be changed once more. */
export function ResponseList({ surveyId, items }: { surveyId: string; items: SurveyResponse[] }) {
  const { t, i18n } = useTranslation();
  const reopen = useReopenSurveyResponse(surveyId);
  const [asking, setAsking] = useState<SurveyResponse | null>(null);
  const [done, setDone] = useState('');

  if (items.length === 0) return <p>{t('responses.list.empty')}</p>;
  return (
    <>
      <div role="status" aria-live="polite">
        {done ? <p className="text-success fw-semibold">{done}</p> : null}
      </div>
      {reopen.error ? <ProblemAlert error={reopen.error} /> : null}
      <ul className="list-group">
        {items.map((r) => (
          <li key={r.id} className="list-group-item">
            <div className="d-flex flex-wrap justify-content-between gap-2">
              <strong>{r.organizationName}</strong>
              <Badge color={r.status === 'SUBMITTED' ? 'success' : 'secondary'}>{t(`responses.status.${r.status}`)}</Badge>
            </div>
            <p className="small text-secondary mb-1">
              {r.submittedAt
                ? t('responses.list.submittedOn', { date: dateTime(r.submittedAt, i18n.language) })
                : t('responses.list.savedOn', { date: dateTime(r.updatedAt, i18n.language) })}
              {r.reopenedAt ? ` · ${t('responses.list.reopenedOn', { date: dateTime(r.reopenedAt, i18n.language) })}` : ''}
            </p>
            {!r.reopenedAt ? (
              <Button color="secondary" outline size="sm" onClick={() => setAsking(r)}>
                {t('responses.list.reopen')}
              </Button>
            ) : null}
          </li>
        ))}
      </ul>
      <ConfirmDialog
        open={asking !== null}
        title={t('responses.list.reopenTitle')}
        body={t('responses.list.reopenBody', { name: asking?.organizationName ?? '' })}
        confirmLabel={t('responses.list.reopen')}
        onConfirm={() => {
          const r = asking;
          setAsking(null);
          if (!r) return;
          setDone('');
          reopen.mutate({ responseId: r.id, version: r.version }, { onSuccess: () => setDone(t('responses.list.reopened', { name: r.organizationName })) });
        }}
        onClose={() => setAsking(null)}
      />
    </>
  );
}
