import { useTranslation } from 'react-i18next';
import { attachmentHref } from '../api/get-call-attachments';
import type { CallAttachment } from '../types';

const KIND: Record<string, string> = {
  'application/pdf': 'PDF',
  'application/vnd.oasis.opendocument.text': 'ODT',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
};

/** A size in kB or MB, e.g. "1,2 MB". */
export function formatSize(bytes: number, lang: string): string {
  const fmt = new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'it-IT', { maximumFractionDigits: 1 });
  return bytes >= 1024 * 1024 ? `${fmt.format(bytes / (1024 * 1024))} MB` : `${fmt.format(Math.max(1, bytes / 1024))} kB`;
}

/** The call's documents as download links naming the kind and size; `onRemove` adds a remove button for the plan office. */
export function CallAttachmentList({
  attachments,
  onRemove,
  busy,
}: {
  attachments: CallAttachment[];
  onRemove?: (attachment: CallAttachment) => void;
  busy?: boolean;
}) {
  const { t, i18n } = useTranslation();
  if (attachments.length === 0) return <p>{t('calls.attachments.empty')}</p>;
  return (
    <ul className="list-unstyled zonale-manage-list">
      {attachments.map((a) => (
        <li key={a.id} className="zonale-manage-item zonale-manage-row">
          <a href={attachmentHref(a.callId, a.id)} download={a.filename} className="fw-semibold zonale-break">
            {a.filename}
            <span className="small fw-normal">
              {' '}
              ({KIND[a.mediaType] ?? a.mediaType}, {formatSize(a.size, i18n.language)})
            </span>
          </a>
          {onRemove ? (
            <button type="button" className="btn btn-outline-danger btn-sm" aria-disabled={busy} onClick={() => !busy && onRemove(a)}>
              {t('calls.attachments.remove', { name: a.filename })}
            </button>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
