import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiProblem } from '../../../lib/api/problem';
import { saveMySurveyResponse, submitMySurveyResponse } from '../api/my-response';
import { errorsByField } from '../lib';
import type { Answers, SurveyForm, SurveyResponse } from '../types';

export type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; at: string } | { kind: 'invalid' } | { kind: 'stale' } | { kind: 'failed' };

/**
 * The organisation's response being filled: every change is saved after `autosaveDelay` ms without keystrokes, one save
 * at a time (a change made while one is under way is sent after it), and the server's 422 pointers become `errors`.
 * `submit` saves what is pending, then submits; `onInvalid` hears the errors a refused submission names.
 */
export function useResponseAutosave(form: SurveyForm, autosaveDelay: number, onInvalid: (errors: Record<string, string>) => void) {
  const [response, setResponse] = useState<SurveyResponse | undefined>(form.response);
  const [answers, setAnswers] = useState<Answers>((form.response?.answers as Answers | undefined) ?? {});
  const [subdistrictId, setSubdistrictId] = useState<string>(form.response?.subdistrictId ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [save, setSave] = useState<SaveState>(form.response ? { kind: 'saved', at: form.response.updatedAt } : { kind: 'idle' });
  const [submitError, setSubmitError] = useState<unknown>(null);
  const [submitting, setSubmitting] = useState(false);

  // why: the debounced save reads the latest values, not those of the render that scheduled it
  const latest = useRef({ answers, subdistrictId, version: form.response?.version ?? null });
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const inFlight = useRef<Promise<boolean> | null>(null);
  const again = useRef(false);
  const dirty = useRef(false);

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
        onInvalid(byField);
      }
      setSubmitError(e);
    } finally {
      setSubmitting(false);
    }
  };

  const changeAnswers = (next: Answers) => change(next);
  const changeSubdistrict = (next: string) => change(latest.current.answers, next);
  const editable = response ? response.editable : form.editable;
  return { response, answers, subdistrictId, errors, save, editable, changeAnswers, changeSubdistrict, flush, submit, submitting, submitError };
}
