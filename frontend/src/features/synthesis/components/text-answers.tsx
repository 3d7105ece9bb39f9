import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/errors/problem-alert';
import { Loading } from '../../../components/ui/loading';
import { useSynthesisTexts } from '../api/get-synthesis';

/** The plan office reads the answers to a text question, 20 at a time, with the organisation. */
export function TextAnswers({ surveyId, questionKey }: { surveyId: string; questionKey: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [offset, setOffset] = useState(0);
  const texts = useSynthesisTexts(surveyId, questionKey, offset, open);
  const regionId = useId();
  return (
    <div className="mt-2">
      <button type="button" className="btn btn-sm btn-outline-primary" aria-expanded={open} aria-controls={regionId} onClick={() => setOpen(!open)}>
        {open ? t('synthesis.texts.hide') : t('synthesis.texts.show')}
      </button>
      <div id={regionId} aria-live="polite">
        {!open ? null : texts.isPending ? (
          <Loading />
        ) : texts.isError ? (
          <ProblemAlert error={texts.error} />
        ) : (
          <>
            <p className="small mt-2 mb-1">{t('synthesis.texts.count', { count: texts.data.total })}</p>
            <ul className="list-unstyled">
              {texts.data.items.map((item, i) => (
                <li key={`${item.organizationId}-${i}`} className="border-bottom py-2">
                  <p className="mb-1" style={{ whiteSpace: 'pre-line' }}>
                    {item.text}
                  </p>
                  <p className="small text-secondary mb-0">{item.organizationName}</p>
                </li>
              ))}
            </ul>
            <div className="d-flex gap-2">
              <button type="button" className="btn btn-sm btn-outline-secondary" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - 20))}>
                {t('synthesis.texts.previous')}
              </button>
              <button
                type="button"
                className="btn btn-sm btn-outline-secondary"
                disabled={offset + 20 >= texts.data.total}
                onClick={() => setOffset(offset + 20)}
              >
                {t('synthesis.texts.next')}
              </button>
            </div>
          </>
        )}
      </div>
    </div>
  );
}
