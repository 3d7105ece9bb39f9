import { expect, test, type Browser, type Page } from '@playwright/test';
import { checkPage, signInOnKeycloak } from './support';

test.setTimeout(180_000);

// why: the demo's Cremasco plan (approved, with ambito-level tables) belongs to ufficio.cremasco's ambito, where
// ets.odv's organisation works too
const CREMASCO_PLAN = 'b1000000-0000-4000-8000-000000000002';
const TABLE_NAME = 'Minori e famiglia';
const OFFICE_USER = 'ufficio.cremasco';
const ETS_USER = process.env.ZONALE_E2E_ETS_USER ?? 'ets.odv';

/** A day a month from now, as yyyy-mm-dd (the date input's value). */
function inAMonth(): string {
  const d = new Date(Date.now() + 30 * 86_400_000);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');

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

test('the plan office opens a call, an ETS delegate on a phone sends an expression of interest, the office admits it and the organisation joins the table', async ({
  page,
  browser,
}, testInfo) => {
  // why: one journey across two people; the office works on the desktop, the ETS delegate on a phone context of its own
  test.skip(testInfo.project.name !== 'desktop', 'the call journey opens its own phone context');
  // why: re-runnable on the same database: each run opens its own call, and an organisation has one expression per call
  const stamp = Date.now().toString(36);
  const callTitle = `Invito al Terzo settore di prova ${stamp}`;

  // the plan office opens a call on the plan, after confirming
  await page.goto(`/plans/${CREMASCO_PLAN}/calls/new`);
  await signInOnKeycloak(page, OFFICE_USER);
  await page.waitForURL(`http://localhost:5173/plans/${CREMASCO_PLAN}/calls/new`);
  // why: the first pages after the stack starts wait for a cold API (JIT, connection pool) under a shared machine's load
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nuovo invito a manifestare interesse', { timeout: 30_000 });
  const form = page.getByRole('form', { name: 'Apri l’invito' });
  await form.getByRole('button', { name: 'Apri l’invito' }).click();
  await expect(form.getByLabel(/^Titolo/)).toHaveAttribute('aria-invalid', 'true');
  await form.getByLabel(/^Titolo/).fill(callTitle);
  await form.getByLabel(/^Testo dell’invito/).fill('Gli enti del Terzo Settore che operano nell’ambito possono chiedere di partecipare ai tavoli.');
  await form.getByLabel(/Giorno di scadenza/).fill(inAMonth());
  await form.getByLabel(/Ora di scadenza/).fill('23:59');
  await expect(form.getByRole('group', { name: 'Tavoli aperti all’adesione' }).getByRole('checkbox', { name: TABLE_NAME })).toBeChecked();
  await checkPage(page, `call-new-${testInfo.project.name}`, true);
  await form.getByRole('button', { name: 'Apri l’invito' }).click();
  const openDialog = page.getByRole('dialog', { name: 'Aprire l’invito?' });
  await openDialog.getByRole('button', { name: 'Sì, apri l’invito' }).click();
  await page.waitForURL(/\/calls\/[0-9a-f-]+\/manage$/);
  await expect(page.getByTestId('call-manage-status')).toHaveText(`Invito «${callTitle}» aperto. Ora puoi allegare i documenti.`);
  const callUrl = page.url().replace(/\/manage$/, '');

  // a file that only claims to be a PDF is refused with the server's reason under the field; a real one is attached
  const file = page.getByLabel('Documento da allegare');
  await file.setInputFiles({ name: 'finto.pdf', mimeType: 'application/pdf', buffer: Buffer.from('not a pdf at all') });
  await page.getByRole('button', { name: 'Allega il documento' }).click();
  await expect(page.getByText('Il file non è un PDF, ODT o DOCX valido: il contenuto non corrisponde al tipo.')).toBeVisible();
  await expect(file).toHaveAttribute('aria-invalid', 'true');
  await file.setInputFiles({ name: `Invito_${stamp}.pdf`, mimeType: 'application/pdf', buffer: PDF });
  await page.getByRole('button', { name: 'Allega il documento' }).click();
  await expect(page.getByText(`Documento «Invito_${stamp}.pdf» allegato.`)).toBeVisible();
  await expect(page.getByRole('link', { name: new RegExp(`Invito_${stamp}\\.pdf`) })).toBeVisible();
  await checkPage(page, `call-manage-${testInfo.project.name}`, true);

  // an ETS delegate, on a phone, reads the call and sends the organisation's expression of interest
  const phone = await phonePage(browser);
  await phone.goto(`/plans/${CREMASCO_PLAN}`);
  const calls = phone.getByRole('region', { name: 'Inviti al Terzo Settore' });
  await expect(calls.getByText(/scade tra (30|29) giorni/).first()).toBeVisible();
  await calls.getByRole('link', { name: callTitle, exact: true }).click();
  await expect(phone).toHaveURL(callUrl);
  await expect(phone.getByRole('heading', { level: 1 })).toHaveText(callTitle);
  await expect(phone.getByText(/scade tra (30|29) giorni/)).toBeVisible();
  await expect(phone.getByRole('link', { name: new RegExp(`Invito_${stamp}\\.pdf`) })).toBeVisible();
  await checkPage(phone, 'call-phone', true);
  await phone.getByRole('link', { name: 'Manifesta interesse' }).click();
  await signInOnKeycloak(phone, ETS_USER);
  await phone.waitForURL(/\/calls\/[0-9a-f-]+\/interest$/);
  await expect(phone.getByText('La tua organizzazione non ha ancora manifestato interesse per questo invito.')).toBeVisible({ timeout: 30_000 });
  const organization = ((await phone.getByText(/^Per .*\. Una sola manifestazione/).textContent()) ?? '').replace(/^Per (.*?)\. Una sola.*$/, '$1');
  expect(organization).not.toBe('');

  const interest = phone.getByRole('form', { name: 'Manifestazione d’interesse' });
  await interest.getByRole('button', { name: 'Salva la bozza' }).click();
  await expect(interest.getByText('Scegli almeno un tavolo.')).toBeVisible();
  // why: bootstrap-italia draws the checkbox on its label, which is what a person taps
  await interest.locator('label', { hasText: TABLE_NAME }).click();
  const titular = interest.getByLabel(`Titolare per «${TABLE_NAME}»`);
  await titular.selectOption({ index: 1 });
  await interest.locator('label', { hasText: 'iscritta al Registro unico' }).click();
  await interest.getByLabel('Numero di iscrizione al RUNTS').fill('DEMO-RUNTS-000008');
  await interest.getByRole('button', { name: 'Salva la bozza' }).click();
  await expect(phone.getByTestId('interest-status')).toHaveText('Bozza salvata.');
  await checkPage(phone, 'interest-phone', true);
  await interest.getByRole('button', { name: 'Invia la manifestazione d’interesse' }).click();
  await phone.getByRole('dialog', { name: 'Inviare la manifestazione d’interesse?' }).getByRole('button', { name: 'Sì, invia' }).click();
  await expect(phone.getByTestId('interest-status')).toHaveText('Manifestazione d’interesse inviata all’ufficio di piano.');
  await expect(phone.getByTestId('interest-outcome')).toContainText('Inviata: in attesa della decisione');
  await expect(phone.getByRole('button', { name: 'Ritira la manifestazione d’interesse' })).toBeVisible();
  await checkPage(phone, 'interest-sent-phone');

  // the plan office finds it among those received, and admits it
  await page.reload();
  await page.getByRole('link', { name: organization, exact: true }).click();
  await page.waitForURL(/\/expressions-of-interest\/[0-9a-f-]+$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(organization);
  await expect(page.getByText('Iscrizione dichiarata, numero DEMO-RUNTS-000008')).toBeVisible();
  await expect(page.getByText(/^Titolare: /)).not.toHaveText('Titolare: Persona non più tra i delegati');
  const decision = page.getByRole('form', { name: 'Decisione' });
  await decision.locator('label', { hasText: /^Ammetti$/ }).click();
  await checkPage(page, `expression-${testInfo.project.name}`, true);
  await decision.getByRole('button', { name: 'Registra la decisione' }).click();
  await page.getByRole('dialog', { name: 'Registrare la decisione?' }).getByRole('button', { name: 'Sì, registra' }).click();
  await expect(page.getByTestId('expression-status')).toHaveText(`${organization}: Ammessa.`);
  await expect(page.getByTestId('interest-outcome')).toContainText('Ammessa: l’organizzazione fa parte dei tavoli scelti.');
  await page.goto(callUrl);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(callTitle);
  await checkPage(page, `call-${testInfo.project.name}`, true);

  // the delegate sees the outcome, and the organisation is among the table's members
  await phone.reload();
  await expect(phone.getByTestId('interest-outcome')).toContainText('Ammessa: l’organizzazione fa parte dei tavoli scelti.');
  await phone.goto(callUrl);
  await phone.getByRole('link', { name: TABLE_NAME, exact: true }).click();
  await phone.waitForURL(/\/tables\/[0-9a-f-]+$/);
  const members = phone.getByTestId('table-members');
  await expect(members.getByText(organization, { exact: true })).toBeVisible();
  await expect(phone.getByRole('main').getByText('Caricamento in corso…')).toHaveCount(0);
  await checkPage(phone, 'table-members-phone', true);
  await phone.context().close();
});
