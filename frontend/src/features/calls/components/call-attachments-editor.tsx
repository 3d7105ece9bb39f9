import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/form/confirm-dialog';
import { ProblemAlert } from '../../../components/errors/problem-alert';
import { Loading } from '../../../components/ui/loading';
import { ApiProblem } from '../../../lib/api/problem';
import { problemMessageKey } from '../../../lib/api/problem';
import { useDeleteCallAttachment } from '../api/delete-call-attachment';
import { useCallAttachments } from '../api/get-call-attachments';
import { ATTACHMENT_MAX_BYTES, attachmentMediaType, useUploadCallAttachment } from '../api/upload-call-attachment';
import type { CallAttachment } from '../types';
import { CallAttachmentList } from './call-attachment-list';

/** The i18n key for a failed upload: the file's own problems (type, size, count) are said under the field. */
export function uploadErrorKey(error: unknown): string {
  if (error instanceof ApiProblem) {
    if (error.slug === 'attachment-type-mismatch' || error.slug === 'unsupported-media-type' || error.status === 415) return 'calls.attachments.wrongType';
    if (error.slug === 'attachment-too-large' || error.status === 413) return 'calls.attachments.tooLarge';
    if (error.slug === 'too-many-attachments') return 'calls.attachments.tooMany';
  }
  return problemMessageKey(error);
}

/** The plan office adds (PDF, ODT, DOCX up to 10 MB) and removes the documents of a call. */
export function CallAttachmentsEditor({ callId }: { callId: string }) {
  const { t } = useTranslation();
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const attachments = useCallAttachments(callId);
  const upload = useUploadCallAttachment(callId);
  const remove = useDeleteCallAttachment(callId);
  const [error, setError] = useState('');
  const [failure, setFailure] = useState<unknown>(null);
  const [notice, setNotice] = useState('');
  const [removing, setRemoving] = useState<CallAttachment | null>(null);

  const onUpload = (event: React.FormEvent) => {
    event.preventDefault();
    setError('');
    setNotice('');
    const file = inputRef.current?.files?.[0];
    if (!file) return setError('calls.attachments.chooseFile');
    if (!attachmentMediaType(file)) return setError('calls.attachments.wrongType');
    if (file.size > ATTACHMENT_MAX_BYTES) return setError('calls.attachments.tooLarge');
    upload.mutate(file, {
      onSuccess: (a) => {
        setNotice(t('calls.attachments.uploaded', { name: a.filename }));
        if (inputRef.current) inputRef.current.value = '';
      },
      onError: (e) => {
        setError(uploadErrorKey(e));
        inputRef.current?.focus();
      },
    });
  };

  const fieldId = `${id}-file`;
  return (
    <div>
      <div role="status" aria-live="polite">
        {notice ? <p className="text-success fw-semibold">{notice}</p> : null}
      </div>
      {attachments.isPending ? <Loading /> : null}
      {attachments.isError ? <ProblemAlert error={attachments.error} /> : null}
      {attachments.data ? <CallAttachmentList attachments={attachments.data.items} onRemove={setRemoving} busy={remove.isPending} /> : null}
      {failure ? <ProblemAlert error={failure} titleKey="calls.attachments.removeFailed" /> : null}
      <form onSubmit={onUpload} noValidate className="zonale-form" aria-label={t('calls.attachments.upload')}>
        <div className="zonale-field">
          <label htmlFor={fieldId} className="form-label">
            {t('calls.attachments.file')}
          </label>
          <p id={`${fieldId}-hint`} className="form-text zonale-hint">
            {t('calls.attachments.hint')}
          </p>
          <input
            ref={inputRef}
            id={fieldId}
            type="file"
            className={`form-control${error ? ' is-invalid' : ''}`}
            accept=".pdf,.odt,.docx,application/pdf,application/vnd.oasis.opendocument.text,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
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
            {upload.isPending ? t('calls.attachments.uploading') : t('calls.attachments.upload')}
          </button>
        </div>
      </form>
      <ConfirmDialog
        open={removing !== null}
        title={t('calls.attachments.removeTitle')}
        body={t('calls.attachments.removeBody', { name: removing?.filename ?? '' })}
        confirmLabel={t('calls.attachments.removeConfirm')}
        danger
        onConfirm={() => {
          const target = removing;
          setRemoving(null);
          if (!target) return;
          setFailure(null);
          setNotice('');
          remove.mutate(target.id, {
            onSuccess: () => setNotice(t('calls.attachments.removed', { name: target.filename })),
            onError: setFailure,
          });
        }}
        onClose={() => setRemoving(null)}
      />
    </div>
  );
}
