import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ProblemAlert } from '../../../components/errors/problem-alert';
import { Loading } from '../../../components/ui/loading';
import { useSurveyCompletion, useSurveyResponses } from '../../../features/responses/api/office';
import { CompletionDashboard } from '../../../features/responses/components/completion-dashboard';
import { ReminderButton } from '../../../features/responses/components/reminder-button';
import { ResponseList } from '../../../features/responses/components/response-list';
import type { SurveyResponseStatus } from '../../../features/responses/types';
import { RequireRole } from '../../require-role';

/** The plan office follows a needs survey: completion by kind and sub-ambito, responses, reopening, reminders. */
export default function SurveyResponsesRoute() {
  return <RequireRole roles={['consortium']}>{() => <SurveyResponses />}</RequireRole>;
}

function SurveyResponses() {
  const { surveyId = '' } = useParams();
  const { t } = useTranslation();
  const [pendingOffset, setPendingOffset] = useState(0);
  const [status, setStatus] = useState<SurveyResponseStatus | undefined>();
  const [offset, setOffset] = useState(0);
  const completion = useSurveyCompletion(surveyId, pendingOffset);
  const responses = useSurveyResponses(surveyId, status, offset);

  if (completion.isPending) return <Loading />;
  if (completion.isError) {
    return (
      <>
        <h1>{t('responses.office.title')}</h1>
        <ProblemAlert error={completion.error} />
      </>
    );
  }
  return (
    <>
      <h1>{t('responses.office.title')}</h1>
      <section aria-labelledby="completion-title">
        <h2 id="completion-title">{t('responses.completion.title')}</h2>
        <CompletionDashboard completion={completion.data} onPage={setPendingOffset} />
        <ReminderButton surveyId={surveyId} pending={completion.data.pending.total} />
      </section>
      <section aria-labelledby="responses-title" className="mt-4">
        <h2 id="responses-title">{t('responses.list.title')}</h2>
        <div className="zonale-field">
          <label htmlFor="response-status" className="form-label">
            {t('responses.list.filter')}
          </label>
          <select
            id="response-status"
            className="form-select"
            value={status ?? ''}
            onChange={(e) => {
              setOffset(0);
              setStatus((e.target.value || undefined) as SurveyResponseStatus | undefined);
            }}
          >
            <option value="">{t('responses.list.all')}</option>
            <option value="SUBMITTED">{t('responses.status.SUBMITTED')}</option>
            <option value="DRAFT">{t('responses.status.DRAFT')}</option>
          </select>
        </div>
        {responses.isPending ? (
          <Loading />
        ) : responses.isError ? (
          <ProblemAlert error={responses.error} />
        ) : (
          <>
            <p className="small">{t('responses.list.count', { count: responses.data.total })}</p>
            <ResponseList surveyId={surveyId} items={responses.data.items} />
            {responses.data.total > responses.data.limit ? (
              <div className="d-flex gap-2 mt-2">
                <button
                  type="button"
                  className="btn btn-outline-secondary btn-sm"
                  disabled={offset === 0}
                  onClick={() => setOffset(Math.max(0, offset - responses.data.limit))}
                >
                  {t('responses.list.previous')}
                </button>
                <button
                  type="button"
                  className="btn btn-outline-secondary btn-sm"
                  disabled={offset + responses.data.limit >= responses.data.total}
                  onClick={() => setOffset(offset + responses.data.limit)}
                >
                  {t('responses.list.next')}
                </button>
              </div>
            ) : null}
          </>
        )}
      </section>
    </>
  );
}
