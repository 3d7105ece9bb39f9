import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { exportSynthesis, downloadBriefingPack, saveFile, type ExportFormat } from '../api/get-synthesis';
import type { FilterOption, QuestionSynthesis, SurveySynthesis, SynthesisFilters } from '../types';
import { ContextTable } from './context-table';
import { CrosstabView } from './crosstab-view';
import { Count } from './figure';
import { QuestionTable } from './question-table';
import { SynthesisFiltersForm } from './synthesis-filters';
import { TextAnswers } from './text-answers';

// why: Chart.js is loaded only when a chart is on screen, in its own chunk
const QuestionChart = lazy(() => import('./question-chart'));

type Props = {
  synthesis: SurveySynthesis;
  filters: SynthesisFilters;
  onFiltersChange: (next: SynthesisFilters) => void;
  tables: FilterOption[];
  policyAreas: FilterOption[];
  userId?: string;
};

/** The synthesis page's body: filters, context, per question a chart and its table, the cross-tab, the downloads. */
export function SynthesisView({ synthesis, filters, onFiltersChange, tables, policyAreas, userId }: Props) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);

  async function download(what: ExportFormat | 'PDF') {
    setBusy(what);
    setFailed(false);
    try {
      if (what === 'PDF') {
        saveFile(await downloadBriefingPack(synthesis.surveyId, filters.tableId), `dossier-tavoli-${synthesis.surveyId}.pdf`);
      } else {
        saveFile(await exportSynthesis(synthesis.surveyId, what, filters), `sintesi-${synthesis.surveyId}.${what.toLowerCase()}`);
      }
    } catch {
      setFailed(true);
    } finally {
      setBusy(null);
    }
  }

  const subdistricts = synthesis.context.subdistricts.map((s) => ({ id: s.subdistrictId ?? '', label: s.name }));
  return (
    <>
      <SynthesisFiltersForm value={filters} onChange={onFiltersChange} subdistricts={subdistricts} tables={tables} policyAreas={policyAreas} />

      <div aria-live="polite" className="mb-3">
        <p className="lead mb-1">
          {t('synthesis.respondents')}{' '}
          <strong>
            <Count value={synthesis.respondents} suppressed={synthesis.respondentsSuppressed} />
          </strong>
        </p>
        <p className="small text-secondary mb-0">{synthesis.fullView ? t('synthesis.fullView') : t('synthesis.suppressed.explain')}</p>
      </div>

      <div className="d-flex flex-wrap gap-2 mb-4">
        <button type="button" className="btn btn-outline-primary" disabled={!!busy} onClick={() => download('CSV')}>
          {t('synthesis.export.csv')}
        </button>
        <button type="button" className="btn btn-outline-primary" disabled={!!busy} onClick={() => download('XLSX')}>
          {t('synthesis.export.xlsx')}
        </button>
        <button type="button" className="btn btn-primary" disabled={!!busy} onClick={() => download('PDF')}>
          {t('synthesis.export.pdf')}
        </button>
        <span role="status" className="align-self-center small">
          {busy ? t('synthesis.export.busy') : failed ? t('synthesis.export.failed') : ''}
        </span>
      </div>

      <section aria-labelledby="synthesis-context" className="mb-5">
        <h2 id="synthesis-context" className="h3">
          {t('synthesis.context.title')}
        </h2>
        <ContextTable context={synthesis.context} />
      </section>

      <section aria-labelledby="synthesis-questions" className="mb-5">
        <h2 id="synthesis-questions" className="h3">
          {t('synthesis.questions')}
        </h2>
        {synthesis.questions.length === 0 ? <p>{t('synthesis.noQuestions')}</p> : null}
        {synthesis.questions.map((q) => (
          <QuestionBlock key={q.key} question={q} surveyId={synthesis.surveyId} fullView={synthesis.fullView} />
        ))}
        <p className="small text-secondary">{synthesis.source}</p>
      </section>

      <section aria-labelledby="synthesis-crosstab" className="mb-5">
        <h2 id="synthesis-crosstab" className="h3">
          {t('synthesis.crosstab.title')}
        </h2>
        <CrosstabView surveyId={synthesis.surveyId} questions={synthesis.questions} filters={filters} userId={userId} />
      </section>
    </>
  );
}

function QuestionBlock({ question, surveyId, fullView }: { question: QuestionSynthesis; surveyId: string; fullView: boolean }) {
  const { t } = useTranslation();
  const charted = question.type === 'SINGLE_CHOICE' || question.type === 'MULTIPLE_CHOICE' || question.type === 'MATRIX';
  const text = question.type === 'SHORT_TEXT' || question.type === 'LONG_TEXT';
  return (
    <article className="card shadow-sm mb-4">
      <div className="card-body">
        <p className="small text-secondary mb-1">{question.sectionTitle}</p>
        <h3 className="h5">{question.title}</h3>
        <p className="mb-2">
          {t('synthesis.question.respondents')} <Count value={question.respondents} suppressed={question.respondentsSuppressed} />
          {question.unit ? ` · ${t('synthesis.question.unit', { unit: question.unit })}` : ''}
        </p>
        {charted ? (
          <Suspense fallback={null}>
            <QuestionChart question={question} />
          </Suspense>
        ) : null}
        <QuestionTable question={question} />
        {text && fullView ? <TextAnswers surveyId={surveyId} questionKey={question.key} /> : null}
        {text && !fullView ? <p className="small text-secondary mb-0">{t('synthesis.question.texts')}</p> : null}
      </div>
    </article>
  );
}
