import { localeOf } from '../../lib/format';
import type { Indicator, ObjectiveFindingRef, ObjectiveStatus } from './types';

export const OBJECTIVE_STATUSES: ObjectiveStatus[] = ['PLANNED', 'IN_PROGRESS', 'ACHIEVED', 'PARTLY_ACHIEVED', 'NOT_ACHIEVED', 'DROPPED'];

/** An amount in euro as Italians write it: "125.000,50 €". */
export function formatEuro(amount: string, lang: string): string {
  return new Intl.NumberFormat(localeOf(lang), { style: 'currency', currency: 'EUR' }).format(Number(amount));
}

/** A measured value with the page's separators, at most 4 decimals. */
export function formatValue(value: number, lang: string): string {
  return new Intl.NumberFormat(localeOf(lang), { maximumFractionDigits: 4 }).format(value);
}

/** The years a value may be recorded for: baseline year to target year + 1 (the last monitoring year). */
export function measurementYears(indicator: Pick<Indicator, 'baselineYear' | 'targetYear'>): number[] {
  const years: number[] = [];
  for (let y = indicator.baselineYear; y <= indicator.targetYear + 1; y++) years.push(y);
  return years;
}

/** One action per line, blank lines dropped. */
export function linesOf(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}

/** "surveyId questionKey [rowKey]" per line, as the office types them; malformed lines are returned apart. */
export function parseFindings(text: string): { findings: ObjectiveFindingRef[]; bad: number[] } {
  const findings: ObjectiveFindingRef[] = [];
  const bad: number[] = [];
  linesOf(text).forEach((line, i) => {
    const [surveyId, questionKey, rowKey, ...rest] = line.split(/\s+/);
    if (!surveyId || !questionKey || rest.length || !/^[0-9a-f-]{36}$/i.test(surveyId) || !/^[a-z][a-z0-9_]*$/.test(questionKey)) {
      bad.push(i + 1);
      return;
    }
    findings.push(rowKey ? { surveyId, questionKey, rowKey } : { surveyId, questionKey });
  });
  return { findings, bad };
}

export function findingsText(findings: { surveyId: string; questionKey: string; rowKey?: string }[]): string {
  return findings.map((f) => [f.surveyId, f.questionKey, f.rowKey].filter(Boolean).join(' ')).join('\n');
}
