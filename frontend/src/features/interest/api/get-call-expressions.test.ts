import { describe, expect, it } from 'vitest';
import type { components } from '../../../lib/api/schema';
import { stubApi } from '../../../testing/fetch-stub';
import { getCallExpressions } from './get-call-expressions';

const expression = (n: number): components['schemas']['ExpressionOfInterest'] => ({
  id: `e${n}`,
  callId: 'c1',
  organizationId: `o${n}`,
  organizationName: `Ente ${n}`,
  status: 'SUBMITTED',
  late: false,
  tableChoices: [],
  runtsRegistered: false,
  version: 0,
});

describe('getCallExpressions', () => {
  it('reads every page: an ambito may have more organisations than one page holds', async () => {
    let call = 0;
    const stub = stubApi({
      '/api/v1/calls/{callId}/expressions-of-interest': () => {
        const offset = call++ * 100;
        const items = Array.from({ length: Math.min(100, 150 - offset) }, (_, i) => expression(offset + i));
        return { items, limit: 100, offset, total: 150 };
      },
    });
    const page = await getCallExpressions('c1');
    expect(page.items.map((e) => e.id)).toEqual(Array.from({ length: 150 }, (_, i) => `e${i}`));
    const offsets = stub.mock.calls.map(([r]) => new URL((r as Request).url).searchParams.get('offset'));
    expect(offsets).toEqual(['0', '100']);
  });
});
