import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/errors/problem-alert';
import { ConfirmDialog } from '../../../components/form/confirm-dialog';
import { Loading } from '../../../components/ui/loading';
import { formatDate } from '../../../lib/format';
import { useAdhesions } from '../api/get-adhesions';
import { useRequestAdhesion, useWithdrawAdhesion } from '../api/request-adhesion';
import { currentAdhesion } from '../lib';

/** The ETS delegate's card (phone first): ask that the organisation adhere, see the request's state, withdraw it. */
export function AdhesionCard({ planId, userId }: { planId: string; userId: string }) {
  const { t, i18n } = useTranslation();
  const adhesions = useAdhesions(planId, userId);
  const request = useRequestAdhesion(planId);
  const withdraw = useWithdrawAdhesion(planId);
  const [asking, setAsking] = useState<'request' | 'withdraw' | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [announcement, setAnnouncement] = useState('');
  const current = adhesions.data ? currentAdhesion(adhesions.data.items) : undefined;
  const canRequest = !current || current.status === 'WITHDRAWN';

  return (
    <section aria-labelledby="adhesion-title" className="zonale-card mt-4">
      <h2 id="adhesion-title" className="h4">
        {t('agreement.adhesion.title')}
      </h2>
      <p className="small text-secondary">{t('agreement.adhesion.intro')}</p>
      <div role="status" aria-live="polite" data-testid="adhesion-status">
        {announcement ? <p className="text-success fw-semibold mb-2">{announcement}</p> : null}
      </div>
      {failure ? <ProblemAlert error={failure} titleKey="agreement.adhesion.failed" /> : null}
      {adhesions.isPending ? <Loading /> : null}
      {adhesions.isError ? <ProblemAlert error={adhesions.error} /> : null}
      {current ? (
        <dl className="zonale-dl">
          <dt>{t('agreement.adhesion.state')}</dt>
          <dd>
            <span className="fw-semibold">{t(`agreement.adhesionStatus.${current.status}`)}</span>
          </dd>
          <dt>{t('agreement.adhesion.requestedAt')}</dt>
          <dd>{formatDate(current.requestedAt, i18n.language)}</dd>
          {current.decisionReason ? (
            <>
              <dt>{t('agreement.adhesion.reason')}</dt>
              <dd>{current.decisionReason}</dd>
            </>
          ) : null}
        </dl>
      ) : null}
      {adhesions.data ? (
        <div className="zonale-actions">
          {canRequest ? (
            <button type="button" className="btn btn-primary" onClick={() => setAsking('request')}>
              {t('agreement.adhesion.request')}
            </button>
          ) : null}
          {current?.status === 'REQUESTED' ? (
            <button type="button" className="btn btn-outline-primary" onClick={() => setAsking('withdraw')}>
              {t('agreement.adhesion.withdraw')}
            </button>
          ) : null}
        </div>
      ) : null}
      <ConfirmDialog
        open={asking === 'request'}
        title={t('agreement.adhesion.requestTitle')}
        body={t('agreement.adhesion.requestBody')}
        confirmLabel={t('agreement.adhesion.requestConfirm')}
        onConfirm={() => {
          setAsking(null);
          setFailure(null);
          setAnnouncement('');
          request.mutate(undefined, { onSuccess: () => setAnnouncement(t('agreement.adhesion.requested')), onError: setFailure });
        }}
        onClose={() => setAsking(null)}
      />
      <ConfirmDialog
        open={asking === 'withdraw'}
        danger
        title={t('agreement.adhesion.withdrawTitle')}
        body={t('agreement.adhesion.withdrawBody')}
        confirmLabel={t('agreement.adhesion.withdrawConfirm')}
        onConfirm={() => {
          setAsking(null);
          setFailure(null);
          setAnnouncement('');
          if (current) withdraw.mutate(current.id, { onSuccess: () => setAnnouncement(t('agreement.adhesion.withdrawn')), onError: setFailure });
        }}
        onClose={() => setAsking(null)}
      />
    </section>
  );
}
