import { useTranslation } from 'react-i18next';
import type { SurveyDefinition, SurveyQuestion } from '../types';
import { ScrollTable } from '../../../components/ui/scroll-table';

type Names = Record<string, string>;

/** The questions of a survey as respondents will meet them, read-only: a public preview. */
export function SurveyPreview({ definition, tableNames = {}, areaNames = {} }: { definition: SurveyDefinition; tableNames?: Names; areaNames?: Names }) {
  const { t } = useTranslation();
  if (definition.sections.length === 0) return <p>{t('surveys.preview.empty')}</p>;
  return (
    <div className="zonale-survey-preview">
      {definition.sections.map((s, i) => (
        <section key={s.key} aria-labelledby={`preview-${s.key}`} className="zonale-card mb-4">
          <h2 id={`preview-${s.key}`} className="h4">
            {t('surveys.preview.section', { n: i + 1, title: s.title })}
          </h2>
          {s.description ? <p>{s.description}</p> : null}
          <ol>
            {s.questions.map((q) => (
              <li key={q.key} className="mb-3" data-testid={`preview-question-${q.key}`}>
                <Question question={q} tableNames={tableNames} areaNames={areaNames} />
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}

function Question({ question: q, tableNames, areaNames }: { question: SurveyQuestion; tableNames: Names; areaNames: Names }) {
  const { t } = useTranslation();
  const tags = [
    t(`surveys.types.${q.type}`),
    q.required ? t('surveys.preview.required') : null,
    q.unit ? t('surveys.preview.unit', { unit: q.unit }) : null,
    q.type === 'NUMBER' && (q.min != null || q.max != null) ? t('surveys.preview.bounds', { min: q.min ?? '–', max: q.max ?? '–' }) : null,
    q.tableId && tableNames[q.tableId] ? t('surveys.preview.table', { name: tableNames[q.tableId] }) : null,
    q.policyAreaId && areaNames[q.policyAreaId] ? t('surveys.preview.area', { name: areaNames[q.policyAreaId] }) : null,
  ].filter(Boolean);
  return (
    <>
      <p className="fw-semibold mb-1">{q.title}</p>
      <p className="small text-secondary mb-1">{tags.join(' · ')}</p>
      {q.help ? <p className="small mb-1">{q.help}</p> : null}
      {q.type === 'RATING' ? (
        <p className="small mb-1">
          {t('surveys.preview.scale', { min: q.min, max: q.max })}
          {q.minLabel || q.maxLabel ? ` (${q.min} = ${q.minLabel ?? ''}, ${q.max} = ${q.maxLabel ?? ''})` : ''}
        </p>
      ) : null}
      {(q.type === 'SINGLE_CHOICE' || q.type === 'MULTIPLE_CHOICE') && q.options ? (
        <ul className="small">
          {q.options.map((o) => (
            <li key={o.key}>{o.label}</li>
          ))}
        </ul>
      ) : null}
      {q.type === 'MATRIX' && q.options && q.rows ? (
        <ScrollTable>
          <table className="table table-sm small">
            <caption className="visually-hidden">{q.title}</caption>
            <thead>
              <tr>
                <th scope="col">{t('surveys.preview.row')}</th>
                {q.options.map((o) => (
                  <th key={o.key} scope="col">
                    {o.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {q.rows.map((r) => (
                <tr key={r.key}>
                  <th scope="row">{r.label}</th>
                  {q.options!.map((o) => (
                    <td key={o.key} aria-label={`${r.label}: ${o.label}`}>
                      ○
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      ) : null}
    </>
  );
}
