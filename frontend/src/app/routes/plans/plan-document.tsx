import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageNav } from '../../../components/layout/page-nav';
import { ProblemAlert } from '../../../components/errors/problem-alert';
import { Loading } from '../../../components/ui/loading';
import { paths } from '../../../config/paths';
import { useMe } from '../../../features/account/api/get-me';
import { useDocumentDiff, useDocumentVersion, useDocumentVersions } from '../../../features/plan-document/api/document';
import { Comments } from '../../../features/plan-document/components/comments';
import { DiffView } from '../../../features/plan-document/components/diff-view';
import { ExportButtons } from '../../../features/plan-document/components/export-buttons';
import { VersionView } from '../../../features/plan-document/components/version-view';
import { shortHash } from '../../../features/plan-document/lib';
import { usePlan } from '../../../features/plans/api/get-plan';
import { useAuthUser } from '../../../lib/auth';
import { useCanManage } from '../../use-can-manage';

/** The plan document: its versions (the approved one marked), the chosen version readable with its contents, a diff, comments and exports. */
export default function PlanDocumentRoute() {
  const { planId = '' } = useParams();
  const { t, i18n } = useTranslation();
  const user = useAuthUser();
  const me = useMe(user?.profile.sub);
  const plan = usePlan(planId);
  const versions = useDocumentVersions(planId);
  const canManage = useCanManage(plan.data?.districtId);
  const [chosen, setChosen] = useState<number | undefined>(undefined);
  const [compareFrom, setCompareFrom] = useState<number | undefined>(undefined);
  const latest = versions.data?.items[0]?.number;
  const number = chosen ?? versions.data?.items.find((v) => v.frozen)?.number ?? latest;
  const detail = useDocumentVersion(planId, number);
  const diff = useDocumentDiff(planId, compareFrom, number);

  if (plan.isPending || versions.isPending) return <Loading />;
  if (plan.isError) return <ProblemAlert error={plan.error} />;
  if (versions.isError) return <ProblemAlert error={versions.error} />;
  const inAmbito = !!me.data && !!plan.data && me.data.districtIds.includes(plan.data.districtId) && (canManage || !!me.data.organizationId);
  const frozen = versions.data.items.some((v) => v.frozen);
  const canComment = inAmbito && plan.data.status === 'CONSULTATION' && !frozen;
  const dateOf = (iso: string) =>
    new Date(iso).toLocaleString(i18n.language === 'en' ? 'en-GB' : 'it-IT', { timeZone: 'Europe/Rome', dateStyle: 'medium', timeStyle: 'short' });

  return (
    <>
      <PageNav crumbs={[{ label: plan.data.title, to: paths.plan.href(plan.data.id) }]} current={t('planDocument.page.title')} />
      <p className="text-uppercase small fw-semibold text-secondary mb-1">{t('planDocument.page.kicker')}</p>
      <h1>{t('planDocument.page.title')}</h1>
      {canManage ? (
        <p>
          <Link to={paths.planDocumentManage.href(plan.data.id)} className="btn btn-primary">
            {t('planDocument.page.manage')}
          </Link>
        </p>
      ) : null}
      {versions.data.items.length === 0 ? (
        <p>{t('planDocument.page.none')}</p>
      ) : (
        <>
          <section aria-labelledby="versions-title" className="mb-4">
            <h2 id="versions-title" className="h4">
              {t('planDocument.versions.title')}
            </h2>
            <ul className="list-unstyled">
              {versions.data.items.map((v) => (
                <li key={v.number} className="border-bottom py-2">
                  <button
                    type="button"
                    className="btn btn-link p-0 text-start"
                    aria-current={v.number === number ? 'true' : undefined}
                    onClick={() => setChosen(v.number)}
                  >
                    {t('planDocument.versions.label', { number: v.number })}
                  </button>{' '}
                  {v.frozen ? <span className="badge bg-success">{t('planDocument.versions.frozen')}</span> : null}
                  <span className="d-block small text-secondary">
                    {dateOf(v.createdAt)} · {t('planDocument.versions.chapters', { count: v.chapterCount })} · SHA-256{' '}
                    <code title={v.sha256}>{v.frozen ? v.sha256 : shortHash(v.sha256)}</code>
                  </span>
                </li>
              ))}
            </ul>
            {versions.data.items.length > 1 && number !== undefined ? (
              <div className="mb-2">
                <label htmlFor="compare-from" className="form-label">
                  {t('planDocument.diff.compare', { number })}
                </label>
                <select
                  id="compare-from"
                  className="form-select"
                  value={compareFrom ?? ''}
                  onChange={(e) => setCompareFrom(e.target.value ? Number(e.target.value) : undefined)}
                >
                  <option value="">{t('planDocument.diff.choose')}</option>
                  {versions.data.items
                    .filter((v) => v.number !== number)
                    .map((v) => (
                      <option key={v.number} value={v.number}>
                        {t('planDocument.versions.label', { number: v.number })}
                      </option>
                    ))}
                </select>
              </div>
            ) : null}
          </section>
          {diff.isError ? <ProblemAlert error={diff.error} /> : diff.data ? <DiffView diff={diff.data} /> : null}
          {number !== undefined && user ? <ExportButtons planId={planId} number={number} /> : null}
          {detail.isPending ? <Loading /> : detail.isError ? <ProblemAlert error={detail.error} /> : <VersionView detail={detail.data} />}
          {inAmbito && detail.data && number !== undefined ? (
            <Comments planId={planId} number={number} chapters={detail.data.chapters} canComment={canComment} canReply={canManage && !frozen} />
          ) : null}
        </>
      )}
    </>
  );
}
