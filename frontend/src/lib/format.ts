import { env } from '../config/env';

const LOCALES: Record<string, string> = { it: 'it-IT', en: 'en-GB' };

export function localeOf(lang: string): string {
  return LOCALES[lang] ?? 'it-IT';
}

/**
 * The one percentage style of the product (docs/documents.md): a share in [0, 1] with exactly one decimal and no space,
 * CLDR it-IT "85,0%" (English "85.0%"). Every percentage shown to people goes through here.
 */
export function formatPercent(share: number, lang: string): string {
  return new Intl.NumberFormat(localeOf(lang), { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(share);
}

/** A date-time in Europe/Rome, e.g. "mercoledì 29 settembre 2021". */

export function formatDate(iso: string, lang: string): string {
  return new Intl.DateTimeFormat(localeOf(lang), { timeZone: env.timeZone, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(
    new Date(iso),
  );
}

/** A calendar date (yyyy-mm-dd, no time zone), e.g. "10 settembre 2021". */
export function formatLocalDate(date: string, lang: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Intl.DateTimeFormat(localeOf(lang), { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' }).format(
    new Date(Date.UTC(y ?? 2000, (m ?? 1) - 1, d ?? 1)),
  );
}

/** A calendar date (yyyy-mm-dd, no time zone) with its weekday, e.g. "lunedì 4 ottobre 2021" ("Monday, 4 October 2021"). */
export function formatLongLocalDate(date: string, lang: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Intl.DateTimeFormat(localeOf(lang), { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(
    new Date(Date.UTC(y ?? 2000, (m ?? 1) - 1, d ?? 1)),
  );
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

/** The time of day (HH:mm, 24 h) of an instant in Europe/Rome, as a time input wants it. */
export function romeTime(iso: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: env.timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(new Date(iso));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '00';
  return `${get('hour')}:${get('minute')}`;
}

/** The UTC offset of Europe/Rome at an instant, e.g. "+01:00" in winter, "+02:00" in summer. */
function romeOffset(epochMs: number): string {
  const name = new Intl.DateTimeFormat('en-US', { timeZone: env.timeZone, timeZoneName: 'longOffset' })
    .formatToParts(new Date(epochMs))
    .find((p) => p.type === 'timeZoneName')?.value;
  const match = /GMT([+-]\d{2}:\d{2})/.exec(name ?? '');
  return match?.[1] ?? '+00:00';
}

function offsetMinutes(offset: string): number {
  const sign = offset.startsWith('-') ? -1 : 1;
  const [h, m] = offset.slice(1).split(':').map(Number);
  return sign * ((h ?? 0) * 60 + (m ?? 0));
}

/**
 * A wall-clock date and time in Europe/Rome (what the plan office types) as an RFC 3339 date-time with
 * the offset in force on that day, e.g. ("2026-03-29", "16:30") → "2026-03-29T16:30:00+02:00".
 */
export function romeDateTime(date: string, time: string): string {
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  const [h, mi] = time.split(':').map(Number) as [number, number];
  const wall = Date.UTC(y, mo - 1, d, h, mi);
  // why: the offset depends on the instant, which depends on the offset; two passes settle it across the DST change
  const first = romeOffset(wall);
  const offset = romeOffset(wall - offsetMinutes(first) * 60_000);
  return `${date}T${time}:00${offset}`;
}

/**
 * An amount typed the Italian way ("45.000,50", "45000,50") or as the API writes it ("45000.50"), as the API's decimal
 * string ("45000.50"); null when it is not an amount with at most two decimals and twelve integer digits.
 */
export function parseAmount(input: string): string | null {
  const s = input.replace(/[\s\u00a0€]/g, '');
  let m = /^(\d{1,3}(?:\.\d{3})+)(?:,(\d{1,2}))?$/.exec(s);
  if (m) return amountOf(m[1]!.replace(/\./g, ''), m[2]);
  m = /^(\d+)(?:,(\d{1,2}))?$/.exec(s);
  if (m) return amountOf(m[1]!, m[2]);
  m = /^(\d+)\.(\d{1,2})$/.exec(s);
  if (m) return amountOf(m[1]!, m[2]);
  return null;
}

function amountOf(integer: string, decimals: string | undefined): string | null {
  const digits = integer.replace(/^0+(?=\d)/, '');
  if (digits.length > 12) return null;
  return decimals ? `${digits}.${decimals}` : digits;
}
