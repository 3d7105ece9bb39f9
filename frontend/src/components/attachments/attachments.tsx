import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiProblem, problemMessageKey } from '../../lib/api/problem';
import { DOCUMENT_ACCEPT, documentKind, documentTypeOf, formatSize, MAX_DOCUMENT_BYTES } from '../../lib/documents';
import { ProblemAlert } from '../errors/problem-alert';
import { ConfirmDialog } from '../form/confirm-dialog';
import { Loading } from '../ui/loading';

/** What the list shows of a document (a call's, an istanza's…); its bytes are downloaded apart. */
export type AttachmentItem = { id: string; filename: string; mediaType: string; size: number };

/** How a document is downloaded: a plain link when it is public, else a handler that sends the caller's token. */
export type AttachmentDownload<T extends AttachmentItem> = { hrefOf: (a: T) => string } | { onDownload: (a: T) => Promise<unknown> };

/** The i18n key of why a file is not sent (checked again by the server, by content), or null. */
export function checkFile(file: { name: string; type: string; size: number }): string | null {
  if (!documentTypeOf(file)) return 'attachments.wrongType';
  if (file.size === 0) return 'attachments.emptyFile';
  if (file.size > MAX_DOCUMENT_BYTES) return 'attachments.tooLarge';
  return null;
}

/** The i18n key for a failed upload: the file's own problems (type, size, count) are said under the field. */
export function uploadErrorKey(error: unknown): string {
  if (error instanceof ApiProblem) {
    if (error.slug === 'attachment-type-mismatch' || error.slug === 'unsupported-media-type' || error.status === 415) return 'attachments.wrongType';
    if (error.slug === 'attachment-too-large' || error.status === 413) return 'attachments.tooLarge';
    if (error.slug === 'too-many-attachments') return 'attachments.tooMany';
  }
  return problemMessageKey(error);
}

/** The documents as download links (or buttons) naming kind and size; `onRemove` adds a remove button to each. */
export function AttachmentList<T extends AttachmentItem>({
  items,
  onRemove,
  busy,
  ...download
}: { items: T[]; onRemove?: (a: T) => void; busy?: boolean } & AttachmentDownload<T>) {
  const { t, i18n } = useTranslation();
  if (items.length === 0) return <p>{t('attachments.empty')}</p>;
  const label = (a: T) => (
    <>
      {a.filename}
      <span className="small fw-normal">
        {' '}
        ({documentKind(a.mediaType)}, {formatSize(a.size, i18n.language)})
      </span>
    </>
  );
  return (
    <ul className="list-unstyled zonale-manage-list">
      {items.map((a) => (
        <li key={a.id} className="zonale-manage-item zonale-manage-row">
          {'hrefOf' in download ? (
            <a href={download.hrefOf(a)} download={a.filename} className="fw-semibold zonale-break">
              {label(a)}
            </a>
          ) : (
            <button type="button" className="btn btn-link p-0 text-start fw-semibold zonale-break" onClick={() => void download.onDownload(a)}>
              {label(a)}
            </button>
          )}
          {onRemove ? (
            <button type="button" className="btn btn-outline-danger btn-sm" aria-disabled={busy} onClick={() => !busy && onRemove(a)}>
              {t('attachments.remove', { name: a.filename })}
            </button>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

type Callbacks<R> = { onSuccess?: (result: R) => void; onError?: (error: unknown) => void };

/**
 * The documents of one owner: listed for whoever may read them, and — when `upload` and `remove` are given (the
 * owner's rule: the plan office for a call, the organisation for its draft istanza) — added (PDF, ODT, DOCX up to
 * 10 MB, checked before sending) and removed after a confirmation. Notices are announced politely; a refused file is
 * said under the field.
 */
export function Attachments<T extends AttachmentItem>({
  list,
  hint,
  upload,
  remove,
  ...download
}: {
  list: { isPending: boolean; isError: boolean; error: unknown; data?: { items: T[] } };
  hint: string;
  upload?: { isPending: boolean; mutate(file: File, callbacks: Callbacks<T>): void };
  remove?: { isPending: boolean; mutate(attachmentId: string, callbacks: Callbacks<unknown>): void };
} & AttachmentDownload<T>) {
  const { t } = useTranslation();
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [error, setError] = useState('');
  const [failure, setFailure] = useState<unknown>(null);
  const [notice, setNotice] = useState('');
  const [removing, setRemoving] = useState<T | null>(null);
  const fieldId = `${id}-file`;
  const withDownload: AttachmentDownload<T> =
    'onDownload' in download ? { onDownload: (a) => download.onDownload(a).catch((e: unknown) => setFailure(e)) } : download;

  const onUpload = (event: React.FormEvent) => {
    event.preventDefault();
    setError('');
    setNotice('');
    setFailure(null);
    const file = inputRef.current?.files?.[0];
    if (!file) return setError('attachments.chooseFile');
    const problem = checkFile(file);
    if (problem) return setError(problem);
    upload?.mutate(file, {
      onSuccess: (a) => {
        setNotice(t('attachments.uploaded', { name: a.filename }));
        if (inputRef.current) inputRef.current.value = '';
      },
      onError: (e) => {
        setError(uploadErrorKey(e));
        inputRef.current?.focus();
      },
    });
  };

  return (
    <div>
      <div role="status" aria-live="polite">
        {notice ? <p className="text-success fw-semibold">{notice}</p> : null}
      </div>
      {list.isPending ? <Loading /> : null}
      {list.isError ? <ProblemAlert error={list.error} /> : null}
      {list.data ? <AttachmentList items={list.data.items} onRemove={remove ? setRemoving : undefined} busy={remove?.isPending} {...withDownload} /> : null}
      {failure ? <ProblemAlert error={failure} titleKey="attachments.failed" /> : null}
      {upload ? (
        <form onSubmit={onUpload} noValidate className="zonale-form" aria-label={t('attachments.upload')}>
          <div className="zonale-field">
            <label htmlFor={fieldId} className="form-label">
              {t('attachments.file')}
            </label>
            <p id={`${fieldId}-hint`} className="form-text zonale-hint">
              {hint}
            </p>
            <input
              ref={inputRef}
              id={fieldId}
              type="file"
              className={`form-control${error ? ' is-invalid' : ''}`}
              accept={DOCUMENT_ACCEPT}
              aria-describedby={`${fieldId}-hint${error ? ` ${fieldId}-error` : ''}`}
              aria-invalid={error ? true : undefined}
              onChange={() => setError('')}
            />
            {error ? (
              <p id={`${fieldId}-error`} className="zonale-field-error" role="alert">
                {t(error)}
              </p>
            ) : null}
          </div>
          <div className="zonale-actions">
            <button type="submit" className="btn btn-outline-primary">
              {upload.isPending ? t('attachments.uploading') : t('attachments.upload')}
            </button>
          </div>
        </form>
      ) : null}
      {remove ? (
        <ConfirmDialog
          open={removing !== null}
          title={t('attachments.removeTitle')}
          body={t('attachments.removeBody', { name: removing?.filename ?? '' })}
          confirmLabel={t('attachments.removeConfirm')}
          danger
          onConfirm={() => {
            const target = removing;
            setRemoving(null);
            if (!target) return;
            setFailure(null);
            setNotice('');
            remove.mutate(target.id, {
              onSuccess: () => setNotice(t('attachments.removed', { name: target.filename })),
              onError: setFailure,
            });
          }}
          onClose={() => setRemoving(null)}
        />
      ) : null}
    </div>
  );
}
