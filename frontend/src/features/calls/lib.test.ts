import { describe, expect, it } from 'vitest';
import { callBody, callFormValues, deadlineCountdown, isCallOpen } from './lib';
import type { Call } from './types';

const NOW = Date.parse('2021-09-07T10:00:00+02:00');

describe('deadlineCountdown ("scade tra…")', () => {
  it.each([
    ['2021-09-10T23:59:00+02:00', { unit: 'days', count: 3 }],
    ['2021-09-08T10:00:00+02:00', { unit: 'days', count: 1 }],
    ['2021-09-08T09:59:00+02:00', { unit: 'hours', count: 23 }],
    ['2021-09-07T11:00:00+02:00', { unit: 'hours', count: 1 }],
    ['2021-09-07T10:59:00+02:00', { unit: 'minutes', count: 59 }],
    ['2021-09-07T10:00:20+02:00', { unit: 'minutes', count: 1 }],
  ])('a deadline at %s is %o away', (deadline, expected) => {
    expect(deadlineCountdown(deadline, NOW)).toEqual(expected);
  });

  it('is null once the deadline is reached', () => {
    expect(deadlineCountdown('2021-09-07T10:00:00+02:00', NOW)).toBeNull();
    expect(deadlineCountdown('2021-09-01T23:59:00+02:00', NOW)).toBeNull();
  });
});

describe('isCallOpen', () => {
  it('follows the server status, and the clock for a page left open past the deadline', () => {
    expect(isCallOpen({ status: 'OPEN', deadline: '2021-09-10T23:59:00+02:00' }, NOW)).toBe(true);
    expect(isCallOpen({ status: 'OPEN', deadline: '2021-09-07T09:59:00+02:00' }, NOW)).toBe(false);
    expect(isCallOpen({ status: 'CLOSED', deadline: '2021-09-10T23:59:00+02:00' }, NOW)).toBe(false);
  });
});

describe('callBody', () => {
  it('sends the deadline typed in Europe/Rome with that day’s offset, trimmed text and the chosen tables', () => {
    const v = { title: ' Invito 2021 ', text: ' Testo \n', deadlineDate: '2021-09-10', deadlineTime: '23:59', tableIds: ['t1', 't2'] };
    expect(callBody(v)).toEqual({ title: 'Invito 2021', text: 'Testo', deadline: '2021-09-10T23:59:00+02:00', tableIds: ['t1', 't2'] });
    expect(callBody({ ...v, deadlineDate: '2026-01-15', deadlineTime: '12:00' }).deadline).toBe('2026-01-15T12:00:00+01:00');
  });

  it('reads a stored call back into the same day and time', () => {
    const call: Call = {
      id: 'c1',
      planId: 'p1',
      title: 'Invito',
      text: 'Testo',
      deadline: '2021-09-10T21:59:00Z',
      status: 'OPEN',
      tableIds: ['t1'],
      version: 3,
      updatedAt: '2021-09-01T08:00:00Z',
    };
    expect(callFormValues(call)).toEqual({ title: 'Invito', text: 'Testo', deadlineDate: '2021-09-10', deadlineTime: '23:59', tableIds: ['t1'] });
  });
});
