import { Alert, Button } from 'design-react-kit';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/form/confirm-dialog';
import { ProblemAlert } from '../../../components/errors/problem-alert';
import { ApiProblem } from '../../../lib/api/problem';
import { saveMySurveyResponse, submitMySurveyResponse } from '../api/my-response';
import { dateTime, errorsByField, firstSectionWithError, sectionProgress, timeOfDay } from '../lib';
import type { Answers, SurveyForm, SurveyResponse } from '../types';
import { QuestionField, questionId } from './question-field';

/** How long the form waits after the last keystroke before it saves the draft. */
export const AUTOSAVE_DELAY_MS = 1200;

type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; at: string } | { kind: 'invalid' } | { kind: 'stale' } | { kind: 'failed' };

/**
 * The organisation fills the survey section by section; every change is autosaved (debounced) and the server's 422
 * pointers are shown under their fields. The same response is shared by all the organisation's delegates.
 */
export function SurveyResponseForm({ form, onReload, autosaveDelay = AUTOSAVE_DELAY_MS }: { form: SurveyForm; onReload: () => void; autosaveDelay?: number }) {
  const { t, i18n } = useTranslation();
  const sections = form.definition.sections;
  const [response, setResponse] = useState<SurveyResponse | undefined>(form.response);
  const [answers, setAnswers] = useState<Answers>((form.response?.answers as Answers | undefined) ?? {});
  const [subdistrictId, setSubdistrictId] = useState<string>(form.response?.subdistrictId ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [save, setSave] = useState<SaveState>(form.response ? { kind: 'saved', at: form.response.updatedAt } : { kind: 'idle' });
  const [section, setSection] = useState(0);
  const [confirming, setConfirming] = useState(false);
  const [submitError, setSubmitError] = useState<unknown>(null);
  const [submitting, setSubmitting] = useState(false);

  // why: the debounced save reads the latest values, not those of the render that scheduled it
  const latest = useRef({ answers, subdistrictId, version: form.response?.version ?? null });
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const inFlight = useRef<Promise<boolean> | null>(null);
  const again = useRef(false);
  const dirty = useRef(false);

  const editable = response ? response.editable : form.editable;

  const flush = useCallback(async (): Promise<boolean> => {
    if (timer.current) {
      clearTimeout(timer.current);
      timer.current = null;
    }
    if (inFlight.current) {
      again.current = true;
      return inFlight.current;
    }
    if (!dirty.current) return true;
    dirty.current = false;
    setSave({ kind: 'saving' });
    const run = (async () => {
      const { answers: a, subdistrictId: s, version } = latest.current;
      try {
        const saved = await saveMySurveyResponse({
          surveyId: form.surveyId,
          body: { version: version ?? undefined, subdistrictId: s || undefined, answers: a },
        });
        latest.current.version = saved.version;
        setResponse(saved);
        setErrors({});
        setSave({ kind: 'saved', at: saved.updatedAt });
        return true;
      } catch (e) {
        if (e instanceof ApiProblem && e.status === 422 && e.problem.errors?.length) {
          setErrors(errorsByField(e.problem.errors));
          setSave({ kind: 'invalid' });
        } else if (e instanceof ApiProblem && e.status === 409) {
          setSave({ kind: 'stale' });
        } else {
          // why: a failed save keeps the changes; "Riprova" sends them again
          dirty.current = true;
          setSave({ kind: 'failed' });
        }
        return false;
      } finally {
        inFlight.current = null;
      }
    })();
    inFlight.current = run;
    const ok = await run;
    if (again.current) {
      again.current = false;
      return flush();
    }
    return ok;
  }, [form.surveyId]);

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  const change = (next: Answers, nextSubdistrict = latest.current.subdistrictId) => {
    setAnswers(next);
    setSubdistrictId(nextSubdistrict);
    latest.current = { ...latest.current, answers: next, subdistrictId: nextSubdistrict };
    dirty.current = true;
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), autosaveDelay);
  };

  const submit = async () => {
    setConfirming(false);
    setSubmitError(null);
    setSubmitting(true);
    try {
      // why: a survey never saved has no response yet; saving it first lets the server name what is missing
      if (latest.current.version === null) dirty.current = true;
      if (!(await flush())) return;
      const version = latest.current.version;
      if (version === null) return;
      const submitted = await submitMySurveyResponse({ surveyId: form.surveyId, version });
      latest.current.version = submitted.version;
      setResponse(submitted);
      setErrors({});
    } catch (e) {
      if (e instanceof ApiProblem && e.status === 422 && e.problem.errors?.length) {
        const byField = errorsByField(e.problem.errors);
        setErrors(byField);
        setSection(firstSectionWithError(sections, byField));
      }
      setSubmitError(e);
    } finally {
      setSubmitting(false);
    }
  };

  const current = sections[section];
  const subdistrictError = errors['subdistrictId'];

  return (
    <div>
      {response?.status === 'SUBMITTED' && response.submittedAt ? (
        <Alert color="success" fade={false}>
          {response.editable && form.deadline
            ? t('responses.form.submittedEditable', {
                date: dateTime(response.submittedAt, i18n.language),
                deadline: dateTime(form.deadline, i18n.language),
              })
            : t('responses.form.submitted', { date: dateTime(response.submittedAt, i18n.language) })}
        </Alert>
      ) : null}
      {response?.reopenedAt ? (
        <Alert color="info" fade={false}>
          {t('responses.form.reopened')}
        </Alert>
      ) : null}
      {!editable ? (
        <Alert color="warning" fade={false}>
          {t('responses.form.closed')}
        </Alert>
      ) : form.deadline && response?.status !== 'SUBMITTED' ? (
        <p>{t('responses.form.deadline', { deadline: dateTime(form.deadline, i18n.language) })}</p>
      ) : null}

      <div role="status" aria-live="polite" className="small mb-2" data-testid="save-status">
        {save.kind === 'saving' ? <span className="text-secondary">{t('responses.form.saving')}</span> : null}
        {save.kind === 'saved' ? <span className="text-success">{t('responses.form.savedAt', { time: timeOfDay(save.at, i18n.language) })}</span> : null}
        {save.kind === 'invalid' ? <span className="text-danger">{t('responses.form.invalid')}</span> : null}
        {save.kind === 'stale' ? (
          <span className="text-danger">
            {t('responses.form.stale')}{' '}
            <Button color="link" size="sm" className="p-0 align-baseline" onClick={onReload}>
              {t('responses.form.reload')}
            </Button>
          </span>
        ) : null}
        {save.kind === 'failed' ? (
          <span className="text-danger">
            {t('responses.form.failed')}{' '}
            <Button color="link" size="sm" className="p-0 align-baseline" onClick={() => void flush()}>
              {t('responses.form.retry')}
            </Button>
          </span>
        ) : null}
      </div>

      {form.subdistricts.length > 0 ? (
        <div className="zonale-field">
          <label htmlFor="subdistrictId" className="form-label">
            {t('responses.form.subdistrict')}
            <span className="zonale-required"> {t('form.requiredMark')}</span>
          </label>
          <select
            id="subdistrictId"
            className={`form-select${subdistrictError ? ' is-invalid' : ''}`}
            value={subdistrictId}
            disabled={!editable}
            aria-invalid={subdistrictError ? true : undefined}
            aria-describedby={subdistrictError ? 'subdistrictId-error' : undefined}
            onChange={(e) => change(latest.current.answers, e.target.value)}
          >
            <option value="">{t('responses.form.choose')}</option>
            {form.subdistricts.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
          {subdistrictError ? (
            <p id="subdistrictId-error" className="zonale-field-error">
              {t(`errors.field.${subdistrictError}`)}
            </p>
          ) : null}
        </div>
      ) : null}

      <nav aria-label={t('responses.form.sections')} className="mb-3">
        <ol className="list-unstyled d-flex flex-wrap gap-2 m-0">
          {sections.map((s, i) => {
            const p = sectionProgress(s, answers);
            const hasError = s.questions.some((q) => Object.keys(errors).some((k) => k === q.key || k.startsWith(`${q.key}/`)));
            return (
              <li key={s.key}>
                <Button
                  color={i === section ? 'primary' : 'secondary'}
                  outline={i !== section}
                  size="sm"
                  aria-current={i === section ? 'step' : undefined}
                  onClick={() => setSection(i)}
                >
                  {i + 1}. {s.title} ({p.answered}/{p.total}){hasError ? ` · ${t('responses.form.sectionHasErrors')}` : ''}
                </Button>
              </li>
            );
          })}
        </ol>
      </nav>

      {current ? (
        <section aria-labelledby={`section-${current.key}`}>
          <h2 id={`section-${current.key}`} className="h4">
            {t('responses.form.sectionOf', { n: section + 1, total: sections.length })}: {current.title}
          </h2>
          {current.description ? <p>{current.description}</p> : null}
          {current.questions.map((q) => (
            <QuestionField key={q.key} question={q} answers={answers} errors={errors} disabled={!editable} onChange={(next) => change(next)} />
          ))}
          <div className="d-flex flex-wrap gap-2 mt-3">
            {section > 0 ? (
              <Button color="secondary" outline onClick={() => setSection(section - 1)}>
                {t('responses.form.previous')}
              </Button>
            ) : null}
            {section < sections.length - 1 ? (
              <Button color="primary" outline onClick={() => setSection(section + 1)}>
                {t('responses.form.next')}
              </Button>
            ) : null}
          </div>
        </section>
      ) : null}

      {submitError ? (
        <div className="mt-3">
          {submitError instanceof ApiProblem && submitError.slug === 'invalid-answers' ? (
            <Alert color="danger" fade={false}>
              {t('responses.form.fixErrors')} <a href={`#${firstErrorId(errors)}`}>{t('responses.form.goToError')}</a>
            </Alert>
          ) : (
            <ProblemAlert error={submitError} />
          )}
        </div>
      ) : null}

      {editable && response?.status !== 'SUBMITTED' ? (
        <div className="mt-4">
          <Button color="primary" disabled={submitting} onClick={() => setConfirming(true)}>
            {t('responses.form.submit')}
          </Button>
          <ConfirmDialog
            open={confirming}
            title={t('responses.form.confirmTitle')}
            body={t('responses.form.confirmBody')}
            confirmLabel={t('responses.form.submit')}
            onConfirm={() => void submit()}
            onClose={() => setConfirming(false)}
          />
        </div>
      ) : null}
    </div>
  );
}

function firstErrorId(errors: Record<string, string>): string {
  const first = Object.keys(errors)[0];
  if (!first) return '';
  if (first === 'subdistrictId') return 'subdistrictId';
  const [key, row] = first.split('/');
  return questionId(key ?? '', row);
}
