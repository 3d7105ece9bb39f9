import { romeDateTime, romeDay, romeTime } from '../../lib/format';
import type { Call, CallCreate } from './types';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** How long until a deadline, in the largest whole unit ("scade tra 3 giorni"), or null once it has passed. */
export function deadlineCountdown(deadline: string, now: number = Date.now()): { unit: 'days' | 'hours' | 'minutes'; count: number } | null {
  const left = new Date(deadline).getTime() - now;
  if (left <= 0) return null;
  if (left >= DAY) return { unit: 'days', count: Math.floor(left / DAY) };
  if (left >= HOUR) return { unit: 'hours', count: Math.floor(left / HOUR) };
  return { unit: 'minutes', count: Math.max(1, Math.ceil(left / MINUTE)) };
}

/** Whether the call still takes expressions of interest on time: the server's status, and the clock for a page left open past the deadline. */
export function isCallOpen(call: Pick<Call, 'status' | 'deadline'>, now: number = Date.now()): boolean {
  return call.status === 'OPEN' && new Date(call.deadline).getTime() > now;
}

export type CallFormValues = {
  title: string;
  text: string;
  deadlineDate: string;
  deadlineTime: string;
  tableIds: string[];
};

/** The request body of a call from the form: the deadline typed as a day and a time in Europe/Rome, sent with that day's offset. */
export function callBody(v: CallFormValues): CallCreate {
  return {
    title: v.title.trim(),
    text: v.text.trim(),
    deadline: romeDateTime(v.deadlineDate, v.deadlineTime),
    tableIds: v.tableIds,
  };
}

/** The form's values for a stored call. */
export function callFormValues(call: Call): CallFormValues {
  return { title: call.title, text: call.text, deadlineDate: romeDay(call.deadline), deadlineTime: romeTime(call.deadline), tableIds: call.tableIds };
}
