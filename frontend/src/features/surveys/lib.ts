import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { ApiProblem } from '../../lib/api/problem';
import { fieldMessageKey, pointerToPath } from '../../lib/form';
import { romeDateTime, romeDay, romeTime } from '../../lib/format';
import type { QuestionType, SurveyDefinition, SurveyQuestion, SurveySection, SurveyUpdate } from './types';

export const QUESTION_TYPES: readonly QuestionType[] = [
  'SHORT_TEXT',
  'LONG_TEXT',
  'NUMBER',
  'DATE',
  'SINGLE_CHOICE',
  'MULTIPLE_CHOICE',
  'RATING',
  'MATRIX',
] as const;

/** Which type-specific fields a question type uses; the others are not sent (the server refuses them). */
export function usesOptions(type: QuestionType): boolean {
  return type === 'SINGLE_CHOICE' || type === 'MULTIPLE_CHOICE' || type === 'MATRIX';
}
export const usesRows = (type: QuestionType) => type === 'MATRIX';
export const usesBounds = (type: QuestionType) => type === 'NUMBER' || type === 'RATING';
export const usesUnit = (type: QuestionType) => type === 'NUMBER';
export const usesLabels = (type: QuestionType) => type === 'RATING';

/** Keys are what answers and the synthesis refer to: lower case, digits and underscores, starting with a letter. */
export const KEY_PATTERN = /^[a-z][a-z0-9_]*$/;

/** Form values hold text where the API has numbers or nulls: an empty input is an absent value. */
export type OptionValues = { key: string; label: string; value: string };
export type RowValues = { key: string; label: string; policyAreaId: string };
export type QuestionValues = {
  key: string;
  type: QuestionType;
  title: string;
  help: string;
  required: boolean;
  tableId: string;
  policyAreaId: string;
  unit: string;
  min: string;
  max: string;
  minLabel: string;
  maxLabel: string;
  options: OptionValues[];
  rows: RowValues[];
};
export type SectionValues = { key: string; title: string; description: string; questions: QuestionValues[] };
export type BuilderValues = {
  title: string;
  description: string;
  /** The deadline as a day and a wall-clock time in Europe/Rome; empty in a draft without one. */
  deadlineDate: string;
  deadlineTime: string;
  definition: { sections: SectionValues[] };
};

const text = (v: string | null | undefined) => v ?? '';
const num = (v: number | string | null | undefined) => (v === null || v === undefined ? '' : String(v));

/** The builder's values for a stored survey. */
export function builderValues(survey: { title: string; description?: string | null; deadline?: string | null; definition: SurveyDefinition }): BuilderValues {
  return {
    title: survey.title,
    description: text(survey.description),
    deadlineDate: survey.deadline ? romeDay(survey.deadline) : '',
    deadlineTime: survey.deadline ? romeTime(survey.deadline) : '',
    definition: {
      sections: survey.definition.sections.map((s) => ({
        key: s.key,
        title: s.title,
        description: text(s.description),
        questions: s.questions.map(questionValues),
      })),
    },
  };
}

function questionValues(q: SurveyQuestion): QuestionValues {
  return {
    key: q.key,
    type: q.type,
    title: q.title,
    help: text(q.help),
    required: !!q.required,
    tableId: text(q.tableId),
    policyAreaId: text(q.policyAreaId),
    unit: text(q.unit),
    min: num(q.min),
    max: num(q.max),
    minLabel: text(q.minLabel),
    maxLabel: text(q.maxLabel),
    options: (q.options ?? []).map((o) => ({ key: o.key, label: o.label, value: num(o.value) })),
    rows: (q.rows ?? []).map((r) => ({ key: r.key, label: r.label, policyAreaId: text(r.policyAreaId) })),
  };
}

const orNull = (v: string) => (v.trim() === '' ? undefined : v.trim());
const numOrNull = (v: string) => (v.trim() === '' ? undefined : Number(v.replace(',', '.')));

/** The definition to send: trimmed, empty inputs left out, and only the fields the question's type uses. */
export function definitionOf(values: BuilderValues): SurveyDefinition {
  return {
    sections: values.definition.sections.map((s): SurveySection => ({
      key: s.key.trim(),
      title: s.title.trim(),
      description: orNull(s.description),
      questions: s.questions.map(questionOf),
    })),
  };
}

export function questionOf(q: QuestionValues): SurveyQuestion {
  const t = q.type;
  return {
    key: q.key.trim(),
    type: t,
    title: q.title.trim(),
    help: orNull(q.help),
    required: q.required,
    tableId: orNull(q.tableId),
    policyAreaId: orNull(q.policyAreaId),
    unit: usesUnit(t) ? orNull(q.unit) : undefined,
    min: usesBounds(t) ? numOrNull(q.min) : undefined,
    max: usesBounds(t) ? numOrNull(q.max) : undefined,
    minLabel: usesLabels(t) ? orNull(q.minLabel) : undefined,
    maxLabel: usesLabels(t) ? orNull(q.maxLabel) : undefined,
    options: usesOptions(t) ? q.options.map((o) => ({ key: o.key.trim(), label: o.label.trim(), value: numOrNull(o.value) })) : undefined,
    rows: usesRows(t) ? q.rows.map((r) => ({ key: r.key.trim(), label: r.label.trim(), policyAreaId: orNull(r.policyAreaId) })) : undefined,
  };
}

/** The PUT body from the builder and the version it was loaded at. */
export function updateBody(values: BuilderValues, version: number): SurveyUpdate {
  return {
    title: values.title.trim(),
    description: orNull(values.description),
    deadline: values.deadlineDate && values.deadlineTime ? romeDateTime(values.deadlineDate, values.deadlineTime) : undefined,
    definition: definitionOf(values),
    version,
  };
}

/** Every key in use in the survey (sections and questions share one space of keys). */
export function usedKeys(values: BuilderValues): Set<string> {
  const keys = new Set<string>();
  for (const s of values.definition.sections) {
    keys.add(s.key);
    for (const q of s.questions) keys.add(q.key);
  }
  return keys;
}

/** The first `prefix_N` not in `taken`: a new key that is stable once saved, whatever the title becomes. */
export function nextKey(prefix: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  for (let n = 1; ; n++) {
    const key = `${prefix}_${n}`;
    if (!used.has(key)) return key;
  }
}

/** A blank question of a type, with the options, rows or scale that type needs to be valid. */
export function newQuestion(key: string, type: QuestionType = 'SHORT_TEXT'): QuestionValues {
  return withTypeDefaults({
    key,
    type,
    title: '',
    help: '',
    required: false,
    tableId: '',
    policyAreaId: '',
    unit: '',
    min: '',
    max: '',
    minLabel: '',
    maxLabel: '',
    options: [],
    rows: [],
  });
}

/** Fills what a newly chosen type needs and has not got yet: two options, one row, a 1-5 scale. */
export function withTypeDefaults(q: QuestionValues): QuestionValues {
  const next = { ...q };
  if (usesOptions(q.type) && q.options.length < 2) {
    const taken = q.options.map((o) => o.key);
    const options = [...q.options];
    while (options.length < 2) {
      const key = nextKey('opzione', [...taken, ...options.map((o) => o.key)]);
      options.push({ key, label: '', value: q.type === 'MATRIX' ? String(options.length + 1) : '' });
    }
    next.options = options;
  }
  if (usesRows(q.type) && q.rows.length === 0) next.rows = [{ key: 'riga_1', label: '', policyAreaId: '' }];
  if (q.type === 'RATING' && q.min === '' && q.max === '') {
    next.min = '1';
    next.max = '5';
  }
  return next;
}

/** Moves an item of a list one place up (-1) or down (+1); the indexes useFieldArray's `swap` needs, or null at an end. */
export function neighbour(index: number, direction: -1 | 1, length: number): number | null {
  const to = index + direction;
  return to < 0 || to >= length ? null : to;
}

/**
 * Places the server's field errors (`/definition/sections/0/questions/2/options`) on the builder's fields,
 * which mirror the request body; a deadline error goes to the deadline's day. Returns true when all found a place.
 */
export function applySurveyProblem<T extends FieldValues>(error: unknown, setError: UseFormSetError<T>, aliases: Record<string, string> = {}): boolean {
  if (!(error instanceof ApiProblem) || !error.problem.errors?.length) return false;
  let first = true;
  for (const e of error.problem.errors) {
    const raw = pointerToPath(e.pointer);
    const path = aliases[raw] ?? raw;
    setError(path as Path<T>, { type: 'server', message: fieldMessageKey(e.code) }, { shouldFocus: first });
    first = false;
  }
  return true;
}

/** The message key of a field error, whether it sits on the field or (for a list) on its root. */
export function errorMessage(error: unknown): string | undefined {
  if (!error || typeof error !== 'object') return undefined;
  const e = error as { message?: unknown; root?: { message?: unknown } };
  if (typeof e.message === 'string') return e.message;
  if (e.root && typeof e.root.message === 'string') return e.root.message;
  return undefined;
}

/** How many questions a survey asks. */
export function questionCount(definition: SurveyDefinition): number {
  return definition.sections.reduce((n, s) => n + s.questions.length, 0);
}
