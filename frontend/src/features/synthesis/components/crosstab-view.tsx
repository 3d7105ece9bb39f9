import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/errors/problem-alert';
import { Loading } from '../../../components/ui/loading';
import { useCrosstab } from '../api/get-synthesis';
import type { CrosstabDimension, QuestionSynthesis, SynthesisFilters } from '../types';
import { Count } from './figure';
import { ScrollTable } from '../../../components/ui/scroll-table';

const DIMENSIONS: CrosstabDimension[] = ['SUBDISTRICT', 'KIND', 'TABLE', 'POLICY_AREA'];
const CROSSABLE = new Set(['SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'RATING', 'MATRIX']);

/** A question crossed with sub-ambito, kind, table or policy area: organisations per cell. */
export function CrosstabView({
  surveyId,
  questions,
  filters,
  userId,
}: {
  surveyId: string;
  questions: QuestionSynthesis[];
  filters: SynthesisFilters;
  userId?: string;
}) {
  const { t } = useTranslation();
  const crossable = questions.filter((q) => CROSSABLE.has(q.type));
  const [question, setQuestion] = useState<string | undefined>(crossable[0]?.key);
  const [by, setBy] = useState<CrosstabDimension>('SUBDISTRICT');
  const crosstab = useCrosstab(surveyId, question, by, filters, userId);
  const questionId = useId();
  const byId = useId();
  if (crossable.length === 0) return <p>{t('synthesis.crosstab.none')}</p>;
  const kindLabel = (key: string) => t(`organizations.kind.${key}`, { defaultValue: key });
  return (
    <>
      <div className="row g-3 mb-3">
        <div className="col-12 col-md-6">
          <label htmlFor={questionId} className="form-label">
            {t('synthesis.crosstab.question')}
          </label>
          <select id={questionId} className="form-select" value={question} onChange={(e) => setQuestion(e.target.value)}>
            {crossable.map((q) => (
              <option key={q.key} value={q.key}>
                {q.title}
              </option>
            ))}
          </select>
        </div>
        <div className="col-12 col-md-6">
          <label htmlFor={byId} className="form-label">
            {t('synthesis.crosstab.by')}
          </label>
          <select id={byId} className="form-select" value={by} onChange={(e) => setBy(e.target.value as CrosstabDimension)}>
            {DIMENSIONS.map((d) => (
              <option key={d} value={d}>
                {t(`synthesis.crosstab.dimension.${d}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div aria-live="polite">
        {crosstab.isPending ? (
          <Loading />
        ) : crosstab.isError ? (
          <ProblemAlert error={crosstab.error} />
        ) : (
          <ScrollTable>
            <table className="table table-sm">
              <caption>{t('synthesis.crosstab.caption', { title: crosstab.data.questionTitle, by: t(`synthesis.crosstab.dimension.${by}`) })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('synthesis.crosstab.answer')}</th>
                  {crosstab.data.columns.map((c) => (
                    <th scope="col" key={c.key} className="text-end">
                      {by === 'KIND' ? kindLabel(c.key) : c.label}
                    </th>
                  ))}
                  <th scope="col" className="text-end">
                    {t('synthesis.crosstab.total')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {crosstab.data.rows.map((r) => (
                  <tr key={r.key}>
                    <th scope="row" className="fw-normal">
                      {r.label}
                    </th>
                    {r.cells.map((cell, i) => (
                      <td key={crosstab.data.columns[i]?.key ?? i} className="text-end">
                        <Count value={cell.count} suppressed={cell.suppressed} />
                      </td>
                    ))}
                    <td className="text-end fw-semibold">
                      <Count value={r.total} suppressed={r.totalSuppressed} />
                    </td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">{t('synthesis.crosstab.respondents')}</th>
                  {crosstab.data.columns.map((c) => (
                    <td key={c.key} className="text-end fw-semibold">
                      <Count value={c.total} suppressed={c.suppressed} />
                    </td>
                  ))}
                  <td className="text-end fw-semibold">
                    <Count value={crosstab.data.total} suppressed={crosstab.data.totalSuppressed} />
                  </td>
                </tr>
              </tfoot>
            </table>
          </ScrollTable>
        )}
      </div>
    </>
  );
}
