import type { components } from '../lib/api/schema';

type S = components['schemas'];

export const PLAN_ID = 'b1000000-0000-4000-8000-000000000001';

export const plan: S['Plan'] = {
  id: PLAN_ID,
  districtId: 'd1000000-0000-4000-8000-000000000001',
  title: 'Piano di Zona 2021-2023 Ambito Oglio Po',
  startYear: 2021,
  endYear: 2023,
  status: 'APPROVED',
  policyAreaIds: [],
  version: 0,
  createdAt: '2021-06-01T10:00:00Z',
  updatedAt: '2021-06-01T10:00:00Z',
};

export const matrix: S['TableMatrix'] = {
  planId: PLAN_ID,
  policyAreas: [
    { id: 'a1', code: 'CARE_AND_HOME', name: 'Cura e salute (domiciliarità)', position: 1 },
    { id: 'a2', code: 'HOUSING', name: 'Politiche abitative', position: 2 },
  ],
  rows: [
    {
      tableId: 't1',
      tableName: 'Anziani, persone disabili e non autosufficienti',
      targetGroup: 'ELDERLY_AND_DISABLED',
      level: 'SUBDISTRICT',
      cells: [true, false],
    },
    { tableId: 't2', tableName: 'Minori, giovani e famiglie', targetGroup: 'CHILDREN_YOUTH_AND_FAMILIES', level: 'DISTRICT', cells: [false, true] },
  ],
};

export const phases: S['PlanPhasePage'] = {
  items: [
    { id: 'p2', planId: PLAN_ID, kind: 'NEEDS_SURVEY', name: 'Scheda di rilevazione dei bisogni', startDate: '2021-09-01', endDate: '2021-09-20', version: 0 },
    { id: 'p1', planId: PLAN_ID, kind: 'CALL_FOR_INTEREST', name: 'Scadenza manifestazioni d’interesse', startDate: '2021-09-10', version: 0 },
  ],
  limit: 100,
  offset: 0,
  total: 2,
};

function session(id: string, title: string, startsAt: string, endsAt: string, tableId?: string): S['Session'] {
  return {
    id,
    planId: PLAN_ID,
    kind: tableId ? 'TABLE' : 'PLENARY',
    title,
    startsAt,
    endsAt,
    timeZone: 'Europe/Rome',
    mode: 'ONLINE',
    agenda: [],
    status: 'SCHEDULED',
    version: 0,
    updatedAt: '2021-09-01T08:00:00Z',
    ...(tableId ? { tableId } : {}),
  };
}

export const sessions: S['Session'][] = [
  session('s1', 'Anziani – primo incontro', '2021-09-29T16:30:00+02:00', '2021-09-29T18:30:00+02:00', 't1'),
  session('s2', 'Minori – primo incontro', '2021-09-30T16:30:00+02:00', '2021-09-30T18:30:00+02:00', 't2'),
  // 23:30 UTC on 30 Sept is already 1 October in Rome
  session('s3', 'Plenaria di ambito', '2021-09-30T23:30:00Z', '2021-10-01T01:00:00Z'),
  session('s4', 'Anziani – secondo incontro', '2021-10-25T16:30:00+02:00', '2021-10-25T18:30:00+02:00', 't1'),
];

export const SESSION_ID = 'c1000000-0000-4000-8000-000000000001';
export const ORGANIZATION_ID = 'e1000000-0000-4000-8000-000000000001';

export const participants: S['ParticipantPage'] = {
  items: [
    {
      id: 'pa1',
      organizationId: ORGANIZATION_ID,
      fullName: 'Giulia Ferrari',
      organizationRole: 'presidente',
      email: 'giulia@example.org',
      preferredLanguage: 'IT',
      version: 0,
    },
    { id: 'pa2', organizationId: ORGANIZATION_ID, fullName: 'Marco Bianchi', email: 'marco@example.org', preferredLanguage: 'EN', version: 0 },
  ],
  limit: 100,
  offset: 0,
  total: 2,
};

export function registration(participantId: string, fullName: string, status: S['RegistrationStatus'] = 'REGISTERED'): S['Registration'] {
  return {
    id: `r-${participantId}`,
    sessionId: SESSION_ID,
    participantId,
    organizationId: ORGANIZATION_ID,
    fullName,
    status,
    registeredAt: '2026-11-20T10:00:00Z',
    ...(status === 'CANCELLED' ? { cancelledAt: '2026-11-21T10:00:00Z' } : {}),
    ...(status === 'WAITLISTED' ? { waitlistPosition: 1 } : {}),
  };
}

export function registrationPage(items: S['Registration'][], capacity?: number): S['RegistrationPage'] {
  return {
    items,
    limit: 100,
    offset: 0,
    total: items.length,
    ...(capacity ? { capacity } : {}),
    registeredCount: items.filter((r) => r.status === 'REGISTERED').length,
    waitlistCount: items.filter((r) => r.status === 'WAITLISTED').length,
  };
}
