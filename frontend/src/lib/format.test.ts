import { describe, expect, it } from 'vitest';
import { formatLongLocalDate, formatPercent, parseAmount, romeDateTime, romeDay, romeTime } from './format';

describe('wall-clock times in Europe/Rome', () => {
  it.each([
    ['2026-03-28', '16:30', '2026-03-28T16:30:00+01:00'],
    // why: 29 March 2026 is the switch to summer time; an afternoon meeting that day is +02:00
    ['2026-03-29', '16:30', '2026-03-29T16:30:00+02:00'],
    ['2026-10-24', '16:30', '2026-10-24T16:30:00+02:00'],
    ['2026-10-25', '16:30', '2026-10-25T16:30:00+01:00'],
    ['2021-09-29', '16:30', '2021-09-29T16:30:00+02:00'],
  ])('%s at %s is %s', (date, time, expected) => {
    expect(romeDateTime(date, time)).toBe(expected);
  });

  it('reads back the same day and time it wrote, on both sides of the change', () => {
    for (const [date, time] of [
      ['2026-03-29', '09:15'],
      ['2026-10-25', '18:00'],
      ['2026-12-31', '23:30'],
    ] as const) {
      const iso = romeDateTime(date, time);
      expect(romeDay(iso)).toBe(date);
      expect(romeTime(iso)).toBe(time);
    }
  });
});

describe('formatPercent', () => {
  it('writes a share with the decimal separator of the page language', () => {
    expect(formatPercent(13 / 86, 'it')).toBe('15,1%');
    expect(formatPercent(13 / 86, 'en')).toBe('15.1%');
  });

  it('always writes one decimal and no space: the one style "85,0%"', () => {
    expect(formatPercent(0.85, 'it')).toBe('85,0%');
    expect(formatPercent(0.43, 'it')).toBe('43,0%');
    expect(formatPercent(1, 'it')).toBe('100,0%');
    expect(formatPercent(0, 'it')).toBe('0,0%');
    expect(formatPercent(0.9999, 'it')).toBe('100,0%');
    expect(formatPercent(0.85, 'en')).toBe('85.0%');
    expect(formatPercent(0.85, 'xx')).toBe('85,0%');
    for (const share of [0, 0.005, 0.5, 0.857, 1]) expect(formatPercent(share, 'it')).toMatch(/^\d{1,3},\d%$/);
  });
});

describe('formatLongLocalDate', () => {
  it('writes a calendar date with its weekday, Italian first, whatever the time zone', () => {
    expect(formatLongLocalDate('2021-10-04', 'it')).toBe('lunedì 4 ottobre 2021');
    expect(formatLongLocalDate('2021-10-04', 'en')).toBe('Monday, 4 October 2021');
    expect(formatLongLocalDate('1990-03-15', 'it')).toBe('giovedì 15 marzo 1990');
  });
});

describe('parseAmount', () => {
  it('reads amounts typed the Italian way and as the API writes them', () => {
    expect(parseAmount('45.000,50')).toBe('45000.50');
    expect(parseAmount('45000,5')).toBe('45000.5');
    expect(parseAmount('1.250.000')).toBe('1250000');
    expect(parseAmount('125000.50')).toBe('125000.50');
    expect(parseAmount(' 45.000,50 € ')).toBe('45000.50');
  });

  it('refuses what is not an amount', () => {
    for (const bad of ['45,000.50', '45.00.0', '1,234', 'abc', '45000,505', '1234567890123']) expect(parseAmount(bad)).toBeNull();
  });
});
