import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { PageNav } from '../../../components/layout/page-nav';
import { ProblemAlert } from '../../../components/errors/problem-alert';
import { ConfirmDialog } from '../../../components/form/confirm-dialog';
import { Loading } from '../../../components/ui/loading';
import { paths } from '../../../config/paths';
import { useObjective } from '../../../features/objectives/api/get-objective';
import { useCreateIndicator, useDeleteObjective, useRecordMeasurement } from '../../../features/objectives/api/save-objective';
import { IndicatorForm } from '../../../features/objectives/components/indicator-form';
import { IndicatorsTable } from '../../../features/objectives/components/indicators-table';
import { MeasurementForm } from '../../../features/objectives/components/measurement-form';
import { ObjectiveStatusBadge } from '../../../features/objectives/components/objective-status-badge';
import { formatEuro } from '../../../features/objectives/lib';
import type { Objective } from '../../../features/objectives/types';
import { usePlan } from '../../../features/plans/api/get-plan';
import { formatLocalDate } from '../../../lib/format';
import { useCanManage } from '../../use-can-manage';
import { useObjectiveChoices } from './use-objective-choices';

/** The plan office's tools on an objective: add an indicator, record a year's value, edit, delete. */
function OfficeTools({ objective, year, onReload }: { objective: Objective; year: number; onReload: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const createIndicator = useCreateIndicator(objective);
  const record = useRecordMeasurement(objective);
  const remove = useDeleteObjective(objective);
  const [confirm, setConfirm] = useState(false);
  return (
    <section aria-labelledby="office-title" className="mt-4">
      <h2 id="office-title">{t('objectives.detail.office')}</h2>
      <p className="zonale-actions">
        <Link to={paths.objectiveEdit.href(objective.id)} className="btn btn-outline-primary">
          {t('objectives.detail.edit')}
        </Link>
        <button type="button" className="btn btn-outline-danger" onClick={() => setConfirm(true)}>
          {t('objectives.detail.delete')}
        </button>
      </p>
      {objective.indicators.length ? (
        <>
          <h3 className="h4">{t('objectives.measurementForm.title')}</h3>
          <MeasurementForm indicators={objective.indicators} onSave={(args) => record.mutateAsync(args)} onReload={onReload} />
        </>
      ) : null}
      <h3 className="h4">{t('objectives.indicatorForm.title')}</h3>
      <IndicatorForm defaultYear={year} onSave={(body) => createIndicator.mutateAsync(body)} />
      <ConfirmDialog
        open={confirm}
        danger
        title={t('objectives.detail.deleteTitle')}
        body={t('objectives.detail.deleteBody')}
        confirmLabel={t('objectives.detail.delete')}
        onClose={() => setConfirm(false)}
        onConfirm={() => {
          setConfirm(false);
          void remove.mutateAsync().then(() => navigate(paths.planObjectives.href(objective.planId)));
        }}
      />
    </section>
  );
}

/** An objective: actions, actors, resources, timeline, indicators with yearly values and progress, and what it answers. */
export default function ObjectiveRoute() {
  const { objectiveId = '' } = useParams();
  const { t, i18n } = useTranslation();
  const objective = useObjective(objectiveId);
  const plan = usePlan(objective.data?.planId);
  const office = useCanManage(plan.data?.districtId);
  const choices = useObjectiveChoices(objective.data?.planId);

  if (objective.isPending) return <Loading />;
  if (objective.isError) return <ProblemAlert error={objective.error} />;
  const o = objective.data;
  return (
    <>
      <PageNav
        crumbs={
          plan.data
            ? [
                { label: plan.data.title, to: paths.plan.href(plan.data.id) },
                { label: t('objectives.plan.title'), to: paths.planObjectives.href(o.planId) },
              ]
            : []
        }
        current={o.title}
      />
      <h1>{o.title}</h1>
      <p>
        <ObjectiveStatusBadge status={o.status} /> <span className="small">{choices.names[o.policyAreaId]}</span>
        {o.tableId && choices.names[o.tableId] ? <span className="small"> · {choices.names[o.tableId]}</span> : null}
      </p>
      {o.description ? <p className="zonale-prose">{o.description}</p> : null}
      <dl className="row">
        {o.resources ? (
          <>
            <dt className="col-sm-4">{t('objectives.form.resources')}</dt>
            <dd className="col-sm-8">{formatEuro(o.resources.amount, i18n.language)}</dd>
          </>
        ) : null}
        {o.startDate || o.endDate ? (
          <>
            <dt className="col-sm-4">{t('objectives.detail.timeline')}</dt>
            <dd className="col-sm-8">
              {o.startDate ? formatLocalDate(o.startDate, i18n.language) : '…'} – {o.endDate ? formatLocalDate(o.endDate, i18n.language) : '…'}
            </dd>
          </>
        ) : null}
        {o.actors ? (
          <>
            <dt className="col-sm-4">{t('objectives.form.actors')}</dt>
            <dd className="col-sm-8">{o.actors}</dd>
          </>
        ) : null}
      </dl>
      {o.actions.length ? (
        <section aria-labelledby="actions-title">
          <h2 id="actions-title">{t('objectives.form.actions')}</h2>
          <ul>
            {o.actions.map((a, i) => (
              <li key={i}>{a}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="indicators-title">
        <h2 id="indicators-title">{t('objectives.indicators.title')}</h2>
        <IndicatorsTable indicators={o.indicators} />
      </section>
      <section aria-labelledby="cites-title">
        <h2 id="cites-title">{t('objectives.detail.cites')}</h2>
        {o.contributions.length === 0 && o.findings.length === 0 ? <p>{t('objectives.detail.noCitations')}</p> : null}
        {o.contributions.length ? (
          <ul>
            {o.contributions.map((c) => (
              <li key={c.contributionId}>
                <Link to={paths.contribution.href(c.contributionId)}>{t('objectives.detail.istanza', { reference: c.reference })}</Link>
              </li>
            ))}
          </ul>
        ) : null}
        {o.findings.length ? (
          <ul>
            {o.findings.map((f) => (
              <li key={`${f.surveyId}-${f.questionKey}-${f.rowKey ?? ''}`}>
                <Link to={paths.surveySynthesis.href(f.surveyId)}>{f.label}</Link>
              </li>
            ))}
          </ul>
        ) : null}
      </section>
      {office && plan.data && plan.data.status !== 'CLOSED' ? (
        <OfficeTools objective={o} year={plan.data.startYear} onReload={() => void objective.refetch()} />
      ) : null}
    </>
  );
}
