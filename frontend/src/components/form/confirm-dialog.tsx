import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Asks for confirmation before an action that cannot be undone (a status change, a cancellation).
 * why: the native modal <dialog> traps focus, closes on Escape and returns focus to the opener by itself.
 */
export function ConfirmDialog({
  open,
  title,
  body,
  confirmLabel,
  danger = false,
  onConfirm,
  onClose,
}: {
  open: boolean;
  title: string;
  body: string;
  confirmLabel: string;
  danger?: boolean;
  onConfirm: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const bodyId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    // why: jsdom has no showModal; the open attribute keeps unit tests meaningful
    if (open && !dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    }
    if (!open && dialog.open) {
      if (typeof dialog.close === 'function') dialog.close();
      else dialog.removeAttribute('open');
    }
  }, [open]);

  return (
    <dialog ref={ref} className="zonale-dialog" aria-labelledby={titleId} aria-describedby={bodyId} onClose={onClose} onCancel={onClose}>
      <h2 id={titleId} className="h4">
        {title}
      </h2>
      <p id={bodyId}>{body}</p>
      <div className="zonale-actions">
        <button type="button" className={`btn ${danger ? 'btn-danger' : 'btn-primary'}`} onClick={onConfirm}>
          {confirmLabel}
        </button>
        <button type="button" className="btn btn-outline-primary" onClick={onClose}>
          {t('form.back')}
        </button>
      </div>
    </dialog>
  );
}
