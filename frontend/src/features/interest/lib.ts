import { ApiProblem } from '../../lib/api/problem';
import type { ExpressionOfInterest, ExpressionOfInterestStatus, ExpressionOfInterestUpdate } from './types';

export type ChoiceValues = { tableId: string; chosen: boolean; titularParticipantId: string; substituteParticipantId: string };

export type InterestFormValues = {
  /** One row per table of the call, in the call's order; `chosen` marks the ones asked for. */
  choices: ChoiceValues[];
  runtsRegistered: boolean;
  runtsNumber: string;
  note: string;
};

/** The form's values: every table of the call, with the organisation's choices and delegates where it made them. */
export function interestFormValues(tableIds: string[], expression?: ExpressionOfInterest): InterestFormValues {
  return {
    choices: tableIds.map((tableId) => {
      const c = expression?.tableChoices.find((x) => x.tableId === tableId);
      return { tableId, chosen: !!c, titularParticipantId: c?.titularParticipantId ?? '', substituteParticipantId: c?.substituteParticipantId ?? '' };
    }),
    runtsRegistered: expression?.runtsRegistered ?? false,
    runtsNumber: expression?.runtsNumber ?? '',
    note: expression?.note ?? '',
  };
}

/** The request body from the form: only the chosen tables, the RUNTS number only when registration is declared. */
export function interestBody(v: InterestFormValues, version: number): ExpressionOfInterestUpdate {
  return {
    tableChoices: v.choices
      .filter((c) => c.chosen)
      .map((c) => ({ tableId: c.tableId, titularParticipantId: c.titularParticipantId, substituteParticipantId: c.substituteParticipantId || undefined })),
    runtsRegistered: v.runtsRegistered,
    runtsNumber: v.runtsRegistered ? v.runtsNumber.trim() || undefined : undefined,
    note: v.note.trim() || undefined,
    version,
  };
}

/**
 * The server points at `/tableChoices/1/titularParticipantId`: the second *chosen* table. The form has a row for
 * every table of the call, so the pointer is rewritten to that row (`/choices/3/titularParticipantId`).
 */
export function remapChoicePointers(error: unknown, v: InterestFormValues): unknown {
  if (!(error instanceof ApiProblem) || !error.problem.errors?.length) return error;
  const rows = v.choices.flatMap((c, i) => (c.chosen ? [i] : []));
  const errors = error.problem.errors.map((e) => {
    const m = /^\/tableChoices(?:\/(\d+)(\/.*)?)?$/.exec(e.pointer);
    if (!m) return e;
    if (m[1] === undefined) return { ...e, pointer: '/choices' };
    const row = rows[Number(m[1])];
    return { ...e, pointer: row === undefined ? '/choices' : `/choices/${row}${m[2] ?? ''}` };
  });
  return new ApiProblem({ ...error.problem, errors });
}

/** DRAFT and SUBMITTED can still change (before the deadline); the others are final. */
export function isOpenStatus(status: ExpressionOfInterestStatus): boolean {
  return status === 'DRAFT' || status === 'SUBMITTED';
}
