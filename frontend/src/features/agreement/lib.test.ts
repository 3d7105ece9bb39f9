import { describe, expect, it } from 'vitest';
import { agreementBody, agreementFormValues, currentAdhesion, kindBars } from './lib';
import type { Adhesion, Agreement } from './types';

const adhesion = (id: string, status: Adhesion['status'], requestedAt: string): Adhesion => ({
  id,
  planId: 'p',
  agreementId: 'a',
  organizationId: 'o',
  organizationName: 'Cooperativa sociale Il Ponte',
  organizationKind: 'SOCIAL_COOPERATIVE',
  status,
  requestedAt,
  version: 0,
});

describe('kindBars', () => {
  it('orders the kinds by count and gives each its share of the total', () => {
    const bars = kindBars(
      [
        { kind: 'APS', count: 13 },
        { kind: 'SOCIAL_COOPERATIVE', count: 37 },
        { kind: 'ODV', count: 10 },
        { kind: 'FOUNDATION', count: 12 },
        { kind: 'RELIGIOUS_BODY', count: 12 },
        { kind: 'OTHER_ETS', count: 1 },
      ],
      85,
    );
    expect(bars.map((b) => b.kind)).toEqual(['SOCIAL_COOPERATIVE', 'APS', 'FOUNDATION', 'RELIGIOUS_BODY', 'ODV', 'OTHER_ETS']);
    expect(bars[0]!.percent).toBe(43.5);
    expect(bars[5]!.percent).toBe(1.2);
  });

  it('gives no share when nobody adheres', () => {
    expect(kindBars([], 0)).toEqual([]);
    expect(kindBars([{ kind: 'ODV', count: 0 }], 0)[0]!.percent).toBe(0);
  });
});

describe('currentAdhesion', () => {
  it('prefers the request that is not withdrawn', () => {
    const items = [adhesion('1', 'WITHDRAWN', '2025-03-01T10:00:00+01:00'), adhesion('2', 'REQUESTED', '2025-02-01T10:00:00+01:00')];
    expect(currentAdhesion(items)?.id).toBe('2');
  });

  it('else shows the latest withdrawn one, else none', () => {
    const items = [adhesion('1', 'WITHDRAWN', '2025-03-01T10:00:00+01:00'), adhesion('2', 'WITHDRAWN', '2025-03-05T10:00:00+01:00')];
    expect(currentAdhesion(items)?.id).toBe('2');
    expect(currentAdhesion([])).toBeUndefined();
  });
});

describe('agreement form values', () => {
  const stored: Agreement = {
    id: 'a',
    planId: 'p',
    districtId: 'd',
    title: 'Accordo di programma',
    signedOn: '2025-03-14',
    status: 'DRAFT',
    signatories: [
      { municipalityIstatCode: '019035', name: 'Crema', kind: 'MUNICIPALITY', signedOn: '2025-03-14', signatoryRole: 'Sindaco' },
      { organizationId: 'o5', name: 'ASST Crema', kind: 'ASST' },
    ],
    adheringCount: 0,
    updatedAt: '2025-03-14T12:00:00+01:00',
    version: 3,
  };

  it('round-trips a stored accordo into the PUT body, blanks left out', () => {
    const body = agreementBody(agreementFormValues(stored, 'Piano'), 3);
    expect(body).toEqual({
      title: 'Accordo di programma',
      deliberationReference: undefined,
      summary: undefined,
      signedOn: '2025-03-14',
      validFrom: undefined,
      validTo: undefined,
      signatories: [
        { organizationId: undefined, municipalityIstatCode: '019035', signedOn: '2025-03-14', signatoryName: undefined, signatoryRole: 'Sindaco' },
        { organizationId: 'o5', municipalityIstatCode: undefined, signedOn: undefined, signatoryName: undefined, signatoryRole: undefined },
      ],
      version: 3,
    });
  });

  it('starts a new accordo titled after the plan', () => {
    expect(agreementFormValues(null, 'Piano di Zona 2025-2027').title).toBe('Accordo di programma – Piano di Zona 2025-2027');
  });
});
