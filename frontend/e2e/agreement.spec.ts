import { expect, test, type Browser, type Page } from '@playwright/test';
import { checkPage, clickInHeader, signInOnKeycloak } from './support';

test.setTimeout(180_000);

// why: the demo's Cremasco 2025-2027 plan has the signed accordo whose register reproduces the seed's counts, and
// ets.odv's organisation took part in its incontri without adhering yet (R__demo_05, R__demo_07)
const CREMASCO_PLAN = 'b1000000-0000-4000-8000-000000000002';
const ORGANIZATION = 'Sentieri di Quartiere ODV';
const API = 'http://localhost:8080/api/v1';

async function phonePage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({
    baseURL: 'http://localhost:5173',
    locale: 'it-IT',
    timezoneId: 'Europe/Rome',
    viewport: { width: 360, height: 740 },
    isMobile: true,
    hasTouch: true,
    deviceScaleFactor: 2,
  });
  return context.newPage();
}

/** The public register of the Cremasco accordo, read from the API: total and whether the organisation is in it. */
async function register(page: Page): Promise<{ total: number; adheres: boolean }> {
  const names: string[] = [];
  let total = 0;
  for (let offset = 0; offset === 0 || offset < total; offset += 100) {
    const response = await page.request.get(`${API}/plans/${CREMASCO_PLAN}/agreement/register?limit=100&offset=${offset}`);
    expect(response.status()).toBe(200);
    const body = (await response.json()) as { total: number; items: { organizationName: string }[] };
    total = body.total;
    names.push(...body.items.map((item) => item.organizationName));
  }
  return { total, adheres: names.includes(ORGANIZATION) };
}

test('anyone reads the accordo di programma and its register of adhering organisations, counted by kind', async ({ page }, testInfo) => {
  await page.goto(`/plans/${CREMASCO_PLAN}/agreement`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Accordo di programma/, { timeout: 30_000 });
  const counts = page.getByRole('table', { name: 'Enti aderenti per tipo' });
  // the seed's published figures: 37 cooperatives, 12 diocesan bodies, 13 APS, 12 foundations, 10 ODV
  await expect(counts.getByRole('row', { name: /Cooperativa sociale 37 / })).toBeVisible();
  await expect(counts.getByRole('row', { name: /Associazione di promozione sociale 13 / })).toBeVisible();
  await expect(counts.getByRole('row', { name: /Organizzazione di volontariato 1[01] / })).toBeVisible();
  // the 51 signatories (lead body, ASST, ATS and the 48 comuni) start folded, so a phone reaches the register
  await page.getByText('Mostra l’elenco dei firmatari (51)').click();
  await expect(page.getByRole('table', { name: 'Enti firmatari dell’accordo di programma' }).getByRole('row')).toHaveCount(52);
  await checkPage(page, `agreement-${testInfo.project.name}`, true);
});

test('an ETS delegate on a phone asks to adhere, the plan office accepts, and the organisation joins the public register', async ({
  page,
  browser,
}, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'the journey opens its own phone context for the ETS delegate');
  const before = await register(page);
  // why: an adhesion, once accepted, is final; on a database where this journey already ran there is nothing to replay
  test.skip(before.adheres, `${ORGANIZATION} already adheres on this database (./zonale reset to replay the journey)`);

  const phone = await phonePage(browser);
  try {
    await phone.goto(`/plans/${CREMASCO_PLAN}/agreement`);
    await clickInHeader(phone, 'Accedi');
    await signInOnKeycloak(phone, 'ets.odv');
    await phone.waitForURL(`http://localhost:5173/plans/${CREMASCO_PLAN}/agreement`);
    const card = phone.getByRole('region', { name: 'Adesione della tua organizzazione' });
    await card.getByRole('button', { name: 'Chiedi l’adesione' }).click({ timeout: 30_000 });
    const dialog = phone.getByRole('dialog', { name: 'Chiedere l’adesione all’accordo?' });
    await dialog.getByRole('button', { name: 'Sì, chiedi l’adesione' }).click();
    await expect(phone.getByText('Richiesta di adesione inviata.')).toBeVisible();
    await expect(card.getByText('In attesa di risposta')).toBeVisible();
    await checkPage(phone, 'adhesion-phone', true);
  } finally {
    await phone.context().close();
  }

  await page.goto(`/plans/${CREMASCO_PLAN}/agreement/manage`);
  await signInOnKeycloak(page, 'ufficio.cremasco');
  await page.waitForURL(`http://localhost:5173/plans/${CREMASCO_PLAN}/agreement/manage`);
  const requests = page.getByRole('region', { name: 'Richieste di adesione in attesa' });
  await expect(requests.getByRole('button', { name: `Accetta ${ORGANIZATION}` })).toBeVisible({ timeout: 30_000 });
  await checkPage(page, 'agreement-manage-desktop', true);
  await requests.getByRole('button', { name: `Accetta ${ORGANIZATION}` }).click();
  await expect(page.getByText(`${ORGANIZATION} aderisce all’accordo.`)).toBeVisible();

  const after = await register(page);
  expect(after).toEqual({ total: before.total + 1, adheres: true });
});
