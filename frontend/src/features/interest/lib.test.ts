import { describe, expect, it } from 'vitest';
import { ApiProblem } from '../../lib/api/problem';
import { interestBody, interestFormValues, remapChoicePointers } from './lib';
import type { ExpressionOfInterest } from './types';

const expression: ExpressionOfInterest = {
  id: 'e1',
  callId: 'c1',
  organizationId: 'o1',
  organizationName: 'ODV Il Ponte',
  status: 'DRAFT',
  late: false,
  tableChoices: [{ tableId: 't2', titularParticipantId: 'pa1', substituteParticipantId: 'pa2' }],
  runtsRegistered: true,
  runtsNumber: '12345',
  version: 4,
};

describe('the expression of interest form', () => {
  it('has a row per table of the call, filled where the organisation chose', () => {
    expect(interestFormValues(['t1', 't2'], expression)).toEqual({
      choices: [
        { tableId: 't1', chosen: false, titularParticipantId: '', substituteParticipantId: '' },
        { tableId: 't2', chosen: true, titularParticipantId: 'pa1', substituteParticipantId: 'pa2' },
      ],
      runtsRegistered: true,
      runtsNumber: '12345',
      note: '',
    });
    expect(interestFormValues(['t1'], undefined).runtsRegistered).toBe(false);
  });

  it('sends only the chosen tables, no empty substitute, and the RUNTS number only when registration is declared', () => {
    const values = {
      choices: [
        { tableId: 't1', chosen: true, titularParticipantId: 'pa1', substituteParticipantId: '' },
        { tableId: 't2', chosen: false, titularParticipantId: 'pa2', substituteParticipantId: '' },
        { tableId: 't3', chosen: true, titularParticipantId: 'pa2', substituteParticipantId: 'pa1' },
      ],
      runtsRegistered: false,
      runtsNumber: '999',
      note: '  ',
    };
    expect(interestBody(values, 2)).toEqual({
      tableChoices: [
        { tableId: 't1', titularParticipantId: 'pa1', substituteParticipantId: undefined },
        { tableId: 't3', titularParticipantId: 'pa2', substituteParticipantId: 'pa1' },
      ],
      runtsRegistered: false,
      runtsNumber: undefined,
      note: undefined,
      version: 2,
    });
    expect(interestBody({ ...values, runtsRegistered: true, runtsNumber: ' 999 ' }, 2).runtsNumber).toBe('999');
  });

  it('points the server’s n-th chosen table at its row of the form', () => {
    const values = interestFormValues(['t1', 't2', 't3'], {
      ...expression,
      tableChoices: [
        { tableId: 't2', titularParticipantId: 'pa1' },
        { tableId: 't3', titularParticipantId: 'pa9' },
      ],
    });
    const problem = new ApiProblem({
      type: 'urn:zonale:problem:invalid-input',
      title: 'Bad',
      status: 400,
      errors: [
        { pointer: '/tableChoices/1/titularParticipantId', detail: 'x', code: 'unknown-reference' },
        { pointer: '/tableChoices', detail: 'y', code: 'too-many' },
        { pointer: '/runtsNumber', detail: 'z', code: 'not-allowed' },
      ],
    });
    const remapped = remapChoicePointers(problem, values) as ApiProblem;
    expect(remapped.problem.errors?.map((e) => e.pointer)).toEqual(['/choices/2/titularParticipantId', '/choices', '/runtsNumber']);
  });
});
