import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/errors/problem-alert';
import { FormProblem } from '../../../components/form/form-problem';
import { Loading } from '../../../components/ui/loading';
import {
  documentTypeOf,
  downloadContributionAttachment,
  MAX_ATTACHMENT_BYTES,
  useContributionAttachments,
  useDeleteContributionAttachment,
  useUploadContributionAttachment,
} from '../api/contribution-attachments';

/** A file the browser can send, or the i18n key of why not (checked again by the server, by content). */
export function checkFile(file: File): string | null {
  if (!documentTypeOf(file)) return 'contributions.attachments.wrongType';
  if (file.size === 0) return 'contributions.attachments.empty';
  if (file.size > MAX_ATTACHMENT_BYTES) return 'contributions.attachments.tooLarge';
  return null;
}

/** The annexes of an istanza: downloadable by whoever reads it; added and removed by its organisation while a draft. */
export function AttachmentsPanel({ contributionId, editable, userId }: { contributionId: string; editable: boolean; userId?: string }) {
  const { t } = useTranslation();
  const inputId = useId();
  const attachments = useContributionAttachments(contributionId, userId);
  const upload = useUploadContributionAttachment(contributionId);
  const remove = useDeleteContributionAttachment(contributionId);
  const [failure, setFailure] = useState<unknown>(null);
  const [localError, setLocalError] = useState<string | null>(null);
  const [notice, setNotice] = useState('');

  if (attachments.isPending) return <Loading />;
  if (attachments.isError) return <ProblemAlert error={attachments.error} />;
  const items = attachments.data.items;

  return (
    <section aria-labelledby={`${inputId}-title`} className="mb-4">
      <h2 id={`${inputId}-title`} className="h5">
        {t('contributions.attachments.title')}
      </h2>
      {items.length === 0 ? <p>{t('contributions.attachments.empty-list')}</p> : null}
      <ul className="list-unstyled">
        {items.map((a) => (
          <li key={a.id} className="d-flex flex-wrap gap-2 align-items-center mb-2">
            <button
              type="button"
              className="btn btn-link p-0 text-start"
              onClick={() => void downloadContributionAttachment({ contributionId, attachment: a }).catch(setFailure)}
            >
              {a.filename}
            </button>
            <span className="small text-secondary">{t('contributions.attachments.size', { kb: Math.max(1, Math.round(a.size / 1024)) })}</span>
            {editable ? (
              <button
                type="button"
                className="btn btn-sm btn-outline-danger"
                aria-label={t('form.deleteNamed', { name: a.filename })}
                onClick={() => {
                  setFailure(null);
                  remove.mutate(a.id, { onError: setFailure });
                }}
              >
                {t('form.delete')}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      {editable ? (
        <div className="zonale-field">
          <label htmlFor={inputId} className="form-label">
            {t('contributions.attachments.add')}
          </label>
          <p id={`${inputId}-hint`} className="form-text zonale-hint">
            {t('contributions.attachments.hint')}
          </p>
          <input
            id={inputId}
            type="file"
            className="form-control"
            accept=".pdf,.odt,.docx,application/pdf,application/vnd.oasis.opendocument.text,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            aria-describedby={`${inputId}-hint${localError ? ` ${inputId}-error` : ''}`}
            aria-invalid={localError ? true : undefined}
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              setFailure(null);
              setNotice('');
              if (!file) return;
              const problem = checkFile(file);
              setLocalError(problem);
              if (problem) return;
              upload.mutate(file, { onError: setFailure, onSuccess: () => setNotice(t('contributions.attachments.uploaded', { name: file.name })) });
            }}
          />
          {localError ? (
            <p id={`${inputId}-error`} className="zonale-field-error">
              {t(localError)}
            </p>
          ) : null}
        </div>
      ) : null}
      <div role="status" aria-live="polite">
        {upload.isPending ? <p>{t('contributions.attachments.uploading')}</p> : notice ? <p className="text-success">{notice}</p> : null}
      </div>
      <FormProblem error={failure} />
    </section>
  );
}
