import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/errors/problem-alert';
import { Loading } from '../../../components/ui/loading';
import { formatDate } from '../../../lib/format';
import { useDecideAdhesion } from '../api/decide-adhesion';
import { useAdhesions } from '../api/get-adhesions';
import type { Adhesion } from '../types';

/** The plan office's list of pending requests of adhesion, each accepted or rejected with a reason. */
export function AdhesionRequests({ planId, userId }: { planId: string; userId: string }) {
  const { t } = useTranslation();
  const pending = useAdhesions(planId, userId, 'REQUESTED');
  const [announcement, setAnnouncement] = useState('');
  if (pending.isPending) return <Loading />;
  if (pending.isError) return <ProblemAlert error={pending.error} />;
  return (
    <>
      <div role="status" aria-live="polite" data-testid="requests-status">
        {announcement ? <p className="text-success fw-semibold mb-2">{announcement}</p> : null}
      </div>
      {pending.data.items.length === 0 ? (
        <p>{t('agreement.requests.empty')}</p>
      ) : (
        <ul className="list-unstyled zonale-registration-list">
          {pending.data.items.map((a) => (
            <RequestItem key={a.id} planId={planId} adhesion={a} onDone={setAnnouncement} />
          ))}
        </ul>
      )}
    </>
  );
}

function RequestItem({ planId, adhesion, onDone }: { planId: string; adhesion: Adhesion; onDone: (text: string) => void }) {
  const { t, i18n } = useTranslation();
  const decide = useDecideAdhesion(planId);
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonMissing, setReasonMissing] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const reasonId = `reason-${adhesion.id}`;

  function send(outcome: 'ACCEPTED' | 'REJECTED') {
    setFailure(null);
    // why: mutateAsync, not mutate's callbacks: the refetched list drops this request, and callbacks of an
    // unmounted caller never run, so the announcement (kept by the list) would be lost
    decide
      .mutateAsync({ adhesionId: adhesion.id, body: { outcome, reason: outcome === 'REJECTED' ? reason.trim() : undefined, version: adhesion.version } })
      .then(
        () => onDone(t(outcome === 'ACCEPTED' ? 'agreement.requests.accepted' : 'agreement.requests.rejected', { name: adhesion.organizationName })),
        setFailure,
      );
  }

  return (
    <li className="zonale-registration-item zonale-request" data-testid={`request-${adhesion.id}`}>
      <div>
        <span className="fw-semibold d-block">{adhesion.organizationName}</span>
        <span className="small d-block">
          {t(`organizations.kind.${adhesion.organizationKind}`)} · {formatDate(adhesion.requestedAt, i18n.language)}
        </span>
        {adhesion.note ? <span className="small d-block fst-italic">{adhesion.note}</span> : null}
        {failure ? <ProblemAlert error={failure} titleKey="agreement.requests.failed" /> : null}
        {rejecting ? (
          <div className="zonale-field mt-2">
            <label htmlFor={reasonId} className="form-label">
              {t('agreement.requests.reason')}
            </label>
            <textarea
              id={reasonId}
              className={`form-control${reasonMissing ? ' is-invalid' : ''}`}
              rows={2}
              value={reason}
              aria-invalid={reasonMissing || undefined}
              aria-describedby={reasonMissing ? `${reasonId}-error` : undefined}
              onChange={(e) => setReason(e.target.value)}
            />
            {reasonMissing ? (
              <p id={`${reasonId}-error`} className="zonale-field-error">
                {t('errors.field.required')}
              </p>
            ) : null}
          </div>
        ) : null}
      </div>
      <div className="zonale-actions">
        {rejecting ? (
          <>
            <button
              type="button"
              className="btn btn-sm btn-danger"
              onClick={() => {
                if (reason.trim() === '') {
                  setReasonMissing(true);
                  return;
                }
                setReasonMissing(false);
                send('REJECTED');
              }}
            >
              {t('agreement.requests.confirmReject', { name: adhesion.organizationName })}
            </button>
            <button type="button" className="btn btn-sm btn-outline-secondary" onClick={() => setRejecting(false)}>
              {t('agreement.requests.cancel')}
            </button>
          </>
        ) : (
          <>
            <button type="button" className="btn btn-sm btn-primary" onClick={() => send('ACCEPTED')}>
              {t('agreement.requests.accept', { name: adhesion.organizationName })}
            </button>
            <button type="button" className="btn btn-sm btn-outline-danger" onClick={() => setRejecting(true)}>
              {t('agreement.requests.reject', { name: adhesion.organizationName })}
            </button>
          </>
        )}
      </div>
    </li>
  );
}
