import { env } from '../config/env';

const LOCALES: Record<string, string> = { it: 'it-IT', en: 'en-GB' };

export function localeOf(lang: string): string {
  return LOCALES[lang] ?? 'it-IT';
}

/** A date-time in Europe/Rome, e.g. "mercoledì 29 settembre 2021". */
export function formatDate(iso: string, lang: string): string {
  return new Intl.DateTimeFormat(localeOf(lang), { timeZone: env.timeZone, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(iso));
}

/** A calendar date (yyyy-mm-dd, no time zone), e.g. "10 settembre 2021". */
export function formatLocalDate(date: string, lang: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Intl.DateTimeFormat(localeOf(lang), { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(Date.UTC(y ?? 2000, (m ?? 1) - 1, d ?? 1)));
}

/** The time of day in Europe/Rome, e.g. "16:30". */
export function formatTime(iso: string, lang: string): string {
  return new Intl.DateTimeFormat(localeOf(lang), { timeZone: env.timeZone, hour: '2-digit', minute: '2-digit', hour12: false }).format(new Date(iso));
}

/** The month and year of a yyyy-mm key, e.g. "settembre 2021". */
export function formatMonth(monthKey: string, lang: string): string {
  const [y, m] = monthKey.split('-').map(Number);
  return new Intl.DateTimeFormat(localeOf(lang), { timeZone: 'UTC', month: 'long', year: 'numeric' }).format(new Date(Date.UTC(y ?? 2000, (m ?? 1) - 1, 1)));
}

/** Short weekday names, Monday first. */
export function weekdayNames(lang: string, width: 'short' | 'long'): string[] {
  const fmt = new Intl.DateTimeFormat(localeOf(lang), { timeZone: 'UTC', weekday: width });
  // 2024-01-01 was a Monday
  return Array.from({ length: 7 }, (_, i) => fmt.format(new Date(Date.UTC(2024, 0, 1 + i))));
}

/** The calendar day (yyyy-mm-dd) of an instant in Europe/Rome. */
export function romeDay(iso: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: env.timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(iso));
}
