import { expect, test, type APIRequestContext } from '@playwright/test';
import { checkPage, clickInHeader, DEMO_PASSWORD, signInOnKeycloak } from './support';

test.setTimeout(150_000);

const API = 'http://localhost:8080';

/** A demo user's access token (the demo SPA client allows the password grant, for set-up like this only). */
async function tokenOf(request: APIRequestContext, username: string): Promise<string> {
  const response = await request.post('http://localhost:8180/realms/zonale/protocol/openid-connect/token', {
    form: { grant_type: 'password', client_id: 'zonale-spa', username, password: DEMO_PASSWORD },
  });
  expect(response.ok()).toBe(true);
  return (await response.json()).access_token as string;
}

async function api<T>(request: APIRequestContext, token: string, method: string, path: string, data?: unknown): Promise<T> {
  const response = await request.fetch(`${API}${path}`, { method, data, headers: { Authorization: `Bearer ${token}` } });
  expect(response.ok(), `${method} ${path}: ${response.status()} ${await response.text()}`).toBe(true);
  return (response.status() === 204 ? null : await response.json()) as T;
}

test('a full incontro puts a delegate on the waiting list; at the door the plan office keeps the attendance register', async ({ page, request }, testInfo) => {
  test.skip(testInfo.project.name !== 'phone', 'the door and the delegate are on phones');
  const stamp = Date.now().toString(36);
  const office = await tokenOf(request, 'ufficio.cremasco');
  const delegate = await tokenOf(request, 'ets.odv');

  // set-up through the API: an incontro in an hour with one seat, and two people of the ODV
  const me = await api<{ districtIds: string[]; organizationId: string }>(request, office, 'GET', '/api/v1/me');
  const plans = await api<{ items: { id: string; status: string }[] }>(request, office, 'GET', `/api/v1/plans?districtId=${me.districtIds[0]}&limit=100`);
  const plan = plans.items.find((p) => p.status !== 'DRAFT')!;
  const start = new Date(Date.now() + 60 * 60_000);
  start.setSeconds(0, 0);
  const title = `Incontro a posti limitati ${stamp}`;
  const session = await api<{ id: string }>(request, office, 'POST', `/api/v1/plans/${plan.id}/sessions`, {
    kind: 'PLENARY',
    title,
    startsAt: start.toISOString(),
    endsAt: new Date(start.getTime() + 2 * 60 * 60_000).toISOString(),
    mode: 'IN_PERSON',
    place: 'Sala Alessandrini, Crema',
    capacity: 1,
  });
  const ets = await api<{ organizationId: string }>(request, delegate, 'GET', '/api/v1/me');
  const names = [`Prima Persona ${stamp}`, `Seconda Persona ${stamp}`];
  for (const fullName of names) {
    await api(request, delegate, 'POST', '/api/v1/participants', {
      organizationId: ets.organizationId,
      fullName,
      email: `${fullName.replace(/ /g, '.').toLowerCase()}@example.org`,
    });
  }

  try {
    // the delegate, on a phone: the first person gets the seat, the second waits
    await page.goto(`/sessions/${session.id}`);
    await clickInHeader(page, 'Accedi');
    await signInOnKeycloak(page, 'ets.odv');
    await page.waitForURL(`http://localhost:5173/sessions/${session.id}`);
    const card = page.getByRole('region', { name: 'Registrazione' });
    await card.getByRole('button', { name: `Iscrivi ${names[0]}` }).click();
    await expect(card.getByTestId('registration-status')).toHaveText(`Iscrizione confermata: ${names[0]}.`);
    await card.getByRole('button', { name: `Iscrivi ${names[1]}` }).click();
    await expect(card.getByTestId('registration-status')).toContainText(`${names[1]} è in lista d’attesa, posizione 1`);
    await expect(card.getByTestId('registration-seats')).toHaveText('Posti occupati: 1 su 1. 1 persona in lista d’attesa.');
    await checkPage(page, 'waitlist-phone', true);

    // the first withdraws: the second moves up by itself
    await card.getByRole('button', { name: `Annulla l’iscrizione di ${names[0]}` }).click();
    await expect(card.getByTestId('registration-status')).toHaveText(`Iscrizione di ${names[0]} annullata.`);
    await expect(
      card
        .getByTestId(/participant-/)
        .filter({ hasText: names[1] })
        .getByText('Iscrizione confermata', { exact: true }),
    ).toBeVisible();
    await clickInHeader(page, 'Esci');
    await page.waitForURL('http://localhost:5173/');

    // the plan office at the door: the register, on a phone
    await page.goto(`/sessions/${session.id}/attendance`);
    await signInOnKeycloak(page, 'ufficio.cremasco');
    await page.waitForURL(`http://localhost:5173/sessions/${session.id}/attendance`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    const list = page.getByRole('list', { name: 'Persone iscritte all’incontro' });
    await list
      .getByRole('group', { name: `Presenza di ${names[1]}` })
      .getByRole('button', { name: 'Presente' })
      .click();
    await expect(page.getByTestId('attendance-status')).toHaveText(`${names[1]}: presente.`);
    await expect(page.getByTestId('attendance-counts')).toHaveText('Presenti: 1 · Assenti: 0 · Da segnare: 0');
    await checkPage(page, 'attendance-phone', true);

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Scarica Excel (XLSX)' }).click();
    expect((await download).suggestedFilename()).toMatch(/^iscrizioni-\d{4}-\d{2}-\d{2}\.xlsx$/);
  } finally {
    // why: the incontro in an hour would head every delegate's "I miei incontri" in later tests; cancel it
    const current = await api<{ version: number; status: string }>(request, office, 'GET', `/api/v1/sessions/${session.id}`);
    if (current.status === 'SCHEDULED') {
      await api(request, office, 'PUT', `/api/v1/sessions/${session.id}/status`, {
        status: 'CANCELLED',
        version: current.version,
        reason: 'Incontro di prova dei test automatici.',
      });
    }
  }

  // the incontro is in the plan's public calendar feed, with its Rome time zone
  const ics = await request.get(`${API}/api/v1/sessions/${session.id}/calendar`);
  expect(ics.headers()['content-type']).toContain('text/calendar');
  const text = await ics.text();
  expect(text).toContain(`UID:${session.id}@zonale`);
  expect(text).toMatch(/DTSTART;TZID=Europe\/Rome:\d{8}T\d{6}/);
  // cancelled at the end of the test, it stays in the feed so calendars drop it
  expect(text).toContain('STATUS:CANCELLED');
});
