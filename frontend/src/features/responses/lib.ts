import type { Answers, SurveyQuestion, SurveySection } from './types';

/** The API's pointers, `/answers/needs/casa` or `/subdistrictId`, as keys of a field: `needs/casa`, `subdistrictId`. */
export function errorsByField(errors: readonly { pointer: string; code?: string }[] | undefined): Record<string, string> {
  const byField: Record<string, string> = {};
  for (const e of errors ?? []) {
    const key = e.pointer.startsWith('/answers/') ? e.pointer.slice('/answers/'.length) : e.pointer.replace(/^\//, '');
    byField[key] ??= e.code ?? 'invalid';
  }
  return byField;
}

/** The error of a question, or of one of its matrix rows: a question shows its own and those of its rows. */
export function errorOf(errors: Record<string, string>, questionKey: string, rowKey?: string): string | undefined {
  return rowKey ? errors[`${questionKey}/${rowKey}`] : errors[questionKey];
}

/** A null, empty text, empty list or empty matrix is "not answered", as the server counts it. */
export function isAnswered(value: unknown): boolean {
  if (value === null || value === undefined) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'object') return Object.values(value as object).some(isAnswered);
  return true;
}

/** How many questions of a section have an answer (a matrix counts when every row has one). */
export function sectionProgress(section: SurveySection, answers: Answers): { answered: number; total: number } {
  const answered = section.questions.filter((q) =>
    q.type === 'MATRIX'
      ? (q.rows ?? []).every((r) => isAnswered((answers[q.key] as Record<string, unknown> | undefined)?.[r.key]))
      : isAnswered(answers[q.key]),
  ).length;
  return { answered, total: section.questions.length };
}

/** The index of the first section holding one of these errors, so that the form can open it. */
export function firstSectionWithError(sections: readonly SurveySection[], errors: Record<string, string>): number {
  const keys = Object.keys(errors).map((k) => k.split('/')[0]);
  const index = sections.findIndex((s) => s.questions.some((q) => keys.includes(q.key)));
  return index < 0 ? 0 : index;
}

/**
 * What a number input holds, as the API should get it: a number when it reads as one (comma or point), nothing when
 * empty, else the text itself so that the server names the field.
 */
export function numberFromInput(text: string): number | string | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const n = Number(trimmed.replace(',', '.'));
  return Number.isFinite(n) ? n : trimmed;
}

/** Sets one answer; unanswered values are dropped, so a draft only carries what was typed. */
export function withAnswer(answers: Answers, key: string, value: unknown): Answers {
  const next = { ...answers };
  if (isAnswered(value)) next[key] = value;
  else delete next[key];
  return next;
}

/** Sets one row of a matrix. */
export function withMatrixCell(answers: Answers, question: SurveyQuestion, rowKey: string, column: string | null): Answers {
  const current = { ...((answers[question.key] as Record<string, string> | undefined) ?? {}) };
  if (column) current[rowKey] = column;
  else delete current[rowKey];
  return withAnswer(answers, question.key, current);
}

/** Time of day as "10:32", in Italy's time. */
export function timeOfDay(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Rome' }).format(new Date(iso));
}

/** A date and time as "23 novembre 2026, 10:32", in Italy's time. */
export function dateTime(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Rome' }).format(new Date(iso));
}

/** Share of the expected organisations that submitted, in [0, 1]; 0 when none is expected (shown through formatPercent). */
export function share(part: number, whole: number): number {
  return whole === 0 ? 0 : part / whole;
}
