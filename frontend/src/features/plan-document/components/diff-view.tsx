import { useTranslation } from 'react-i18next';
import { diffMarker } from '../lib';
import type { DocumentDiff } from '../types';

/** What changed between two versions; each line carries a +/− marker and a hidden word, not only a colour. */
export function DiffView({ diff }: { diff: DocumentDiff }) {
  const { t } = useTranslation();
  const changed = diff.chapters.filter((c) => c.change !== 'UNCHANGED');
  return (
    <section aria-labelledby="diff-title">
      <h2 id="diff-title" className="h4">
        {t('planDocument.diff.title', { from: diff.from, to: diff.to })}
      </h2>
      {changed.length === 0 ? <p>{t('planDocument.diff.none')}</p> : null}
      {changed.map((c) => (
        <section key={c.key} className="mb-3" aria-label={c.title}>
          <h3 className="h5">
            {c.title} <span className="badge bg-secondary">{t(`planDocument.diff.change.${c.change}`)}</span>{' '}
            <span className="small">{t('planDocument.diff.counts', { added: c.added, removed: c.removed })}</span>
          </h3>
          <ul className="list-unstyled zonale-diff">
            {c.lines.map((l, i) => (
              <li
                key={i}
                className={
                  l.change === 'ADDED' ? 'bg-success-subtle' : l.change === 'REMOVED' ? 'bg-danger-subtle text-decoration-line-through' : 'text-secondary'
                }
                style={{ whiteSpace: 'pre-wrap', fontFamily: 'inherit', padding: '0.15rem 0.4rem' }}
              >
                <span aria-hidden="true" className="fw-bold me-2">
                  {diffMarker(l.change)}
                </span>
                {l.change !== 'UNCHANGED' ? <span className="visually-hidden">{t(`planDocument.diff.line.${l.change}`)}: </span> : null}
                {l.text}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
