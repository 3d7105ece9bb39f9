import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/form/confirm-dialog';
import { FormProblem } from '../../../components/form/form-problem';
import type { components } from '../../../lib/api/schema';
import { formatDate } from '../../../lib/format';
import { useApproveErratum, useSaveErratum } from '../api/save-minutes';

type Erratum = components['schemas']['MinutesErratum'];

/**
 * The numbered corrections of approved minutes, shown after the original, which never changes: approved ones for
 * everyone; the plan office also sees the one waiting for approval.
 */
export function ErrataList({ errata }: { errata: Erratum[] }) {
  const { t, i18n } = useTranslation();
  if (errata.length === 0) return null;
  return (
    <section aria-labelledby="errata-title" className="mt-3">
      <h3 id="errata-title" className="h5">
        {t('minutes.errata.title')}
      </h3>
      <ol className="list-unstyled">
        {errata.map((e) => (
          <li key={e.number} className="zonale-erratum mb-3" data-testid={`erratum-${e.number}`}>
            <p className="fw-semibold mb-1">
              {t('minutes.errata.heading', { number: e.number })}{' '}
              <span className="fw-normal small text-secondary">
                {e.status === 'APPROVED'
                  ? t('minutes.errata.approved', { date: formatDate(e.approvedAt ?? e.updatedAt, i18n.language) })
                  : t('minutes.errata.draft')}
              </span>
            </p>
            {e.body.split(/\n{2,}/).map((paragraph, i) => (
              <p key={i} className="zonale-minutes mb-1">
                {paragraph}
              </p>
            ))}
          </li>
        ))}
      </ol>
    </section>
  );
}

/**
 * The plan office corrects approved minutes: it writes the next numbered erratum (or goes on with the draft one) and
 * approves it, after which it is public beside the original.
 */
export function ErratumEditor({ sessionId, errata, onReload }: { sessionId: string; errata: Erratum[]; onReload: () => void }) {
  const { t } = useTranslation();
  const draft = errata.find((e) => e.status === 'DRAFT');
  const number = draft?.number ?? errata.length + 1;
  const version = draft?.version ?? 0;
  const save = useSaveErratum(sessionId);
  const approve = useApproveErratum(sessionId);
  const [open, setOpen] = useState(Boolean(draft));
  const [body, setBody] = useState(draft?.body ?? '');
  const [failure, setFailure] = useState<unknown>(null);
  const [notice, setNotice] = useState('');
  const [asking, setAsking] = useState(false);

  if (!open) {
    return (
      <div className="mt-2">
        <div role="status" aria-live="polite" data-testid="erratum-status">
          {notice ? <p className="text-success fw-semibold">{notice}</p> : null}
        </div>
        <button type="button" className="btn btn-outline-primary" onClick={() => setOpen(true)}>
          {t('minutes.errata.write', { number })}
        </button>
      </div>
    );
  }
  return (
    <form
      aria-label={t('minutes.errata.heading', { number })}
      className="mt-2"
      onSubmit={(e) => {
        e.preventDefault();
        setFailure(null);
        save.mutate({ number, body, version }, { onSuccess: () => setNotice(t('minutes.errata.saved', { number })), onError: setFailure });
      }}
    >
      <div role="status" aria-live="polite" data-testid="erratum-status">
        {notice ? <p className="text-success fw-semibold">{notice}</p> : null}
      </div>
      <div className="zonale-field">
        <label htmlFor="erratum-body" className="form-label">
          {t('minutes.errata.body', { number })}
        </label>
        <p id="erratum-hint" className="form-text zonale-hint">
          {t('minutes.errata.hint')}
        </p>
        <textarea id="erratum-body" className="form-control" rows={5} value={body} aria-describedby="erratum-hint" onChange={(e) => setBody(e.target.value)} />
      </div>
      <FormProblem error={failure} onReload={onReload} />
      <div className="zonale-actions">
        <button type="submit" className="btn btn-primary">
          {t('minutes.errata.save')}
        </button>
        {draft ? (
          <button type="button" className="btn btn-outline-primary" onClick={() => setAsking(true)}>
            {t('minutes.errata.approve')}
          </button>
        ) : null}
      </div>
      <ConfirmDialog
        open={asking}
        title={t('minutes.errata.approveTitle', { number })}
        body={t('minutes.errata.approveBody')}
        confirmLabel={t('minutes.editor.approveConfirm')}
        onConfirm={() => {
          setAsking(false);
          setFailure(null);
          approve.mutate(
            { number, version },
            {
              onSuccess: () => {
                setNotice(t('minutes.errata.published', { number }));
                setBody('');
                setOpen(false);
              },
              onError: setFailure,
            },
          );
        }}
        onClose={() => setAsking(false)}
      />
    </form>
  );
}
