import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/errors/problem-alert';
import { ConfirmDialog } from '../../../components/form/confirm-dialog';
import { FormProblem } from '../../../components/form/form-problem';
import { Loading } from '../../../components/ui/loading';
import type { components } from '../../../lib/api/schema';
import { useMinutes } from '../api/get-minutes';
import { useApproveMinutes, useSaveMinutes } from '../api/save-minutes';
import { ErrataList, ErratumEditor } from './errata';

/** The plan office writes the draft minutes and approves them (then they are frozen and public). */
export function MinutesEditor({ sessionId, userId }: { sessionId: string; userId: string }) {
  const minutes = useMinutes(sessionId, userId);
  if (minutes.isPending) return <Loading />;
  if (minutes.isError) return <ProblemAlert error={minutes.error} />;
  // why: keyed by version, so a save or a reload after a 409 starts again from what is stored
  return <Editor key={minutes.data?.version ?? 0} sessionId={sessionId} stored={minutes.data} onReload={() => void minutes.refetch()} />;
}

function Editor({
  sessionId,
  stored,
  onReload,
}: {
  sessionId: string;
  stored: { body: string; version: number; status: 'DRAFT' | 'APPROVED'; errata: components['schemas']['MinutesErratum'][] } | null;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const save = useSaveMinutes(sessionId);
  const approve = useApproveMinutes(sessionId);
  const [body, setBody] = useState(stored?.body ?? '');
  const [failure, setFailure] = useState<unknown>(null);
  const [notice, setNotice] = useState('');
  const [asking, setAsking] = useState(false);
  const version = stored?.version ?? 0;

  if (stored?.status === 'APPROVED') {
    return (
      <div>
        <p className="fw-semibold">{t('minutes.editor.frozen')}</p>
        <p className="zonale-minutes">{stored.body}</p>
        <ErrataList errata={stored.errata} />
        <ErratumEditor sessionId={sessionId} errata={stored.errata} onReload={onReload} />
      </div>
    );
  }

  return (
    <form
      aria-label={t('minutes.editor.title')}
      onSubmit={(e) => {
        e.preventDefault();
        setFailure(null);
        save.mutate({ body, version }, { onSuccess: () => setNotice(t('minutes.editor.saved')), onError: setFailure });
      }}
    >
      <div role="status" aria-live="polite" data-testid="minutes-status">
        {notice ? <p className="text-success fw-semibold">{notice}</p> : null}
      </div>
      <div className="zonale-field">
        <label htmlFor="minutes-body" className="form-label">
          {t('minutes.editor.body')}
        </label>
        <p id="minutes-hint" className="form-text zonale-hint">
          {t('minutes.editor.hint')}
        </p>
        <textarea id="minutes-body" className="form-control" rows={10} value={body} aria-describedby="minutes-hint" onChange={(e) => setBody(e.target.value)} />
      </div>
      <FormProblem error={failure} onReload={onReload} />
      <div className="zonale-actions">
        <button type="submit" className="btn btn-primary">
          {t('minutes.editor.save')}
        </button>
        {stored ? (
          <button type="button" className="btn btn-outline-primary" onClick={() => setAsking(true)}>
            {t('minutes.editor.approve')}
          </button>
        ) : null}
      </div>
      <ConfirmDialog
        open={asking}
        title={t('minutes.editor.approveTitle')}
        body={t('minutes.editor.approveBody')}
        confirmLabel={t('minutes.editor.approveConfirm')}
        onConfirm={() => {
          setAsking(false);
          setFailure(null);
          approve.mutate(version, { onError: setFailure });
        }}
        onClose={() => setAsking(false)}
      />
    </form>
  );
}
