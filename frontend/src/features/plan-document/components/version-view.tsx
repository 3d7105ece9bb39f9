import { useTranslation } from 'react-i18next';
import { chapterAnchor, paragraphs } from '../lib';
import type { DocumentBlock, DocumentVersionDetail } from '../types';
import { ScrollTable } from '../../../components/ui/scroll-table';

/** One block of a chapter as readable HTML; tables scroll sideways on a phone. */
function Block({ block }: { block: DocumentBlock }) {
  switch (block.type) {
    case 'HEADING': {
      const Tag = (block.level ?? 2) >= 3 ? 'h4' : 'h3';
      return <Tag className="h5 mt-3">{block.text}</Tag>;
    }
    case 'PARAGRAPH':
      return (
        <>
          {paragraphs(block.text).map((p, i) => (
            <p key={i} style={{ whiteSpace: 'pre-line' }}>
              {p}
            </p>
          ))}
        </>
      );
    case 'BULLET_LIST':
      return (
        <ul>
          {(block.items ?? []).map((item, i) => (
            <li key={i}>{item}</li>
          ))}
        </ul>
      );
    case 'NUMBERED_LIST':
      return (
        <ol>
          {(block.items ?? []).map((item, i) => (
            <li key={i}>{item}</li>
          ))}
        </ol>
      );
    case 'TABLE':
      return (
        <ScrollTable className="mb-3">
          <table className="table table-sm table-bordered">
            {block.caption ? <caption className="caption-top fw-semibold">{block.caption}</caption> : null}
            <thead>
              <tr>
                {(block.columns ?? []).map((h, i) => (
                  <th key={i} scope="col">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {(block.rows ?? []).map((row, r) => (
                <tr key={r}>
                  {row.cells.map((cell, c) => (
                    <td key={c}>{cell}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          {block.source ? <p className="small text-secondary">{block.source}</p> : null}
        </ScrollTable>
      );
  }
}

/** A version of the plan document as a readable page: title, table of contents, numbered chapters. */
export function VersionView({ detail }: { detail: DocumentVersionDetail }) {
  const { t } = useTranslation();
  return (
    <article aria-labelledby="document-title">
      <h2 id="document-title">{detail.title}</h2>
      {detail.subtitle ? <p className="lead">{detail.subtitle}</p> : null}
      <nav aria-labelledby="toc-title" className="mb-4">
        <h3 id="toc-title" className="h5">
          {t('planDocument.view.toc')}
        </h3>
        <ol>
          {detail.chapters.map((c, i) => (
            <li key={c.key}>
              <a href={`#${chapterAnchor(i, c)}`}>{c.title}</a>
            </li>
          ))}
        </ol>
      </nav>
      {detail.chapters.map((c, i) => (
        <section key={c.key} id={chapterAnchor(i, c)} aria-labelledby={`${chapterAnchor(i, c)}-title`} className="mb-4">
          <h3 id={`${chapterAnchor(i, c)}-title`} className="h4 border-bottom pb-1">
            {i + 1}. {c.title}
          </h3>
          {c.blocks.map((b, j) => (
            <Block key={j} block={b} />
          ))}
        </section>
      ))}
    </article>
  );
}
