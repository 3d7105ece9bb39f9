import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { PageNav } from '../../../components/layout/page-nav';
import { ProblemAlert } from '../../../components/errors/problem-alert';
import { Loading } from '../../../components/ui/loading';
import { paths } from '../../../config/paths';
import { useMe } from '../../../features/account/api/get-me';
import { useContribution } from '../../../features/contributions/api/get-contribution';
import { useUpdateContribution } from '../../../features/contributions/api/update-contribution';
import { AnswerForm } from '../../../features/contributions/components/answer-form';
import { AttachmentsPanel } from '../../../features/contributions/components/attachments-panel';
import { ContributionActions } from '../../../features/contributions/components/contribution-actions';
import { ContributionCard } from '../../../features/contributions/components/contribution-card';
import { ContributionForm } from '../../../features/contributions/components/contribution-form';
import type { Contribution } from '../../../features/contributions/types';
import { usePlan } from '../../../features/plans/api/get-plan';
import { useAuthUser } from '../../../lib/auth';
import { useCanManage } from '../../use-can-manage';
import { usePlanChoices } from './use-plan-choices';

/**
 * One istanza: read by all once answered; its organisation edits the draft, adds annexes, sends or withdraws it; the
 * plan office answers it or corrects the answer.
 */
export default function ContributionRoute() {
  const { contributionId = '' } = useParams();
  const { t } = useTranslation();
  const user = useAuthUser();
  const contribution = useContribution(contributionId, user?.profile.sub);

  if (contribution.isPending) return <Loading />;
  if (contribution.isError) {
    return (
      <>
        <h1>{t('contributions.page.kicker')}</h1>
        <ProblemAlert error={contribution.error} />
      </>
    );
  }
  return <ContributionPage contribution={contribution.data} onReload={() => void contribution.refetch()} />;
}

function ContributionPage({ contribution: c, onReload }: { contribution: Contribution; onReload: () => void }) {
  const { t, i18n } = useTranslation();
  const user = useAuthUser();
  const me = useMe(user?.profile.sub);
  const plan = usePlan(c.planId);
  const office = useCanManage(plan.data?.districtId);
  const choices = usePlanChoices(c.planId, i18n.language);
  const update = useUpdateContribution(c.id);
  const own = !!me.data && me.data.organizationId === c.organizationId;
  const draft = own && c.status === 'DRAFT';
  const [saved, setSaved] = useState('');

  return (
    <>
      <PageNav
        crumbs={
          plan.data
            ? [
                { label: plan.data.title, to: paths.plan.href(plan.data.id) },
                { label: t('contributions.plan.title'), to: paths.planContributions.href(c.planId) },
              ]
            : []
        }
        current={c.reference ? `${c.reference} · ${c.title}` : c.title}
      />
      <h1>{c.reference ? `${c.reference} · ${c.title}` : c.title}</h1>
      {draft ? (
        <>
          <p>{t('contributions.page.draftIntro')}</p>
          <div role="status" aria-live="polite">
            {saved ? <p className="text-success fw-semibold">{saved}</p> : null}
          </div>
          {choices.loading ? (
            <Loading />
          ) : (
            // why: keyed by version, so a save or a reload after a 409 starts again from what is stored
            <ContributionForm
              key={c.version}
              contribution={c}
              tables={choices.tables}
              sessions={choices.sessions}
              policyAreas={choices.policyAreas}
              onReload={onReload}
              onSubmit={async (body) => {
                setSaved('');
                await update.mutateAsync({ ...body, version: c.version });
                setSaved(t('contributions.page.saved'));
              }}
            />
          )}
        </>
      ) : (
        <ContributionCard contribution={c} names={choices.names} showText headingLevel={2} title={t('contributions.page.summary')} />
      )}
      <AttachmentsPanel contributionId={c.id} editable={draft} userId={user?.profile.sub} />
      {own ? <ContributionActions contribution={c} /> : null}
      {office && (c.status === 'SUBMITTED' || c.status === 'ANSWERED') ? (
        <section aria-labelledby="answer-title" className="mt-4">
          <h2 id="answer-title">{t(c.status === 'ANSWERED' ? 'contributions.answer.correct' : 'contributions.answer.title')}</h2>
          <AnswerForm contribution={c} onReload={onReload} />
        </section>
      ) : null}
    </>
  );
}
