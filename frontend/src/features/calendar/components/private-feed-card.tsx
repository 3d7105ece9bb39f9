import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/errors/problem-alert';
import { ConfirmDialog } from '../../../components/form/confirm-dialog';
import { Loading } from '../../../components/ui/loading';
import { useCreateMyCalendarFeed } from '../api/create-my-calendar-feed';
import { useMyCalendarFeed } from '../api/get-my-calendar-feed';
import { useRevokeMyCalendarFeed } from '../api/revoke-my-calendar-feed';

/**
 * The private calendar of the incontri the user's organisation is registered to: a secret address to
 * paste into a calendar app, shown once when created, replaceable and revocable.
 */
export function PrivateFeedCard({ userId }: { userId: string }) {
  const { t } = useTranslation();
  const feed = useMyCalendarFeed(userId);
  const create = useCreateMyCalendarFeed(userId);
  const revoke = useRevokeMyCalendarFeed(userId);
  const [url, setUrl] = useState<string | null>(null);
  const [confirmRevoke, setConfirmRevoke] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [copied, setCopied] = useState(false);

  function makeAddress() {
    setFailure(null);
    setCopied(false);
    create.mutate(undefined, { onSuccess: (link) => setUrl(link.url), onError: setFailure });
  }

  return (
    <section aria-labelledby="private-feed-title" className="zonale-card mt-4">
      <h2 id="private-feed-title" className="h4">
        {t('calendar.private.title')}
      </h2>
      <p className="small text-secondary">{t('calendar.private.intro')}</p>
      {feed.isPending ? <Loading /> : null}
      {feed.isError ? <ProblemAlert error={feed.error} /> : null}
      {failure ? <ProblemAlert error={failure} /> : null}
      {url ? (
        <div className="zonale-field">
          <label htmlFor="private-feed-url" className="form-label">
            {t('calendar.private.address')}
          </label>
          <p id="private-feed-hint" className="form-text zonale-hint">
            {t('calendar.private.once')}
          </p>
          <input id="private-feed-url" className="form-control" readOnly value={url} aria-describedby="private-feed-hint" onFocus={(e) => e.target.select()} />
          <div className="zonale-actions mt-2">
            <button
              type="button"
              className="btn btn-sm btn-primary"
              onClick={() =>
                void navigator.clipboard?.writeText(url).then(
                  () => setCopied(true),
                  () => setCopied(false),
                )
              }
            >
              {t('calendar.private.copy')}
            </button>
            <span role="status" aria-live="polite" className="small text-success">
              {copied ? t('calendar.private.copied') : ''}
            </span>
          </div>
        </div>
      ) : null}
      {feed.data ? (
        <div className="zonale-actions">
          {!feed.data.active && !url ? (
            <button type="button" className="btn btn-primary" onClick={makeAddress}>
              {t('calendar.private.create')}
            </button>
          ) : (
            <>
              <p className="mb-0 w-100" data-testid="private-feed-state">
                {t('calendar.private.active')}
              </p>
              <button type="button" className="btn btn-outline-primary btn-sm" onClick={makeAddress}>
                {t('calendar.private.rotate')}
              </button>
              <button type="button" className="btn btn-outline-danger btn-sm" onClick={() => setConfirmRevoke(true)}>
                {t('calendar.private.revoke')}
              </button>
            </>
          )}
        </div>
      ) : null}
      <ConfirmDialog
        open={confirmRevoke}
        title={t('calendar.private.revokeTitle')}
        body={t('calendar.private.revokeBody')}
        confirmLabel={t('calendar.private.revoke')}
        danger
        onConfirm={() => {
          setConfirmRevoke(false);
          setUrl(null);
          revoke.mutate(undefined, { onError: setFailure });
        }}
        onClose={() => setConfirmRevoke(false)}
      />
    </section>
  );
}
