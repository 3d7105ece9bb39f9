import { expect, test } from '@playwright/test';
import { checkPage, signInOnKeycloak } from './support';

test.setTimeout(90_000);

// why: the demo data's upcoming incontri (Dec 2026 - Mar 2027) are all in the Cremasco plan, while
// ets.cooperativa1's organisation (Il Ponte) works only in Oglio Po; ets.odv's organisation is in Cremasco
const ETS_USER = process.env.ZONALE_E2E_ETS_USER ?? 'ets.odv';

test('an ETS delegate registers a participant to an upcoming incontro and cancels', async ({ page }, testInfo) => {
  // why: the flow is designed for the phone first; one project is enough and keeps the shared database quiet
  test.skip(testInfo.project.name !== 'phone', 'registration flow runs on the phone viewport');

  await page.goto('/my/sessions');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('I miei incontri');
  await page.getByRole('main').getByRole('button', { name: 'Accedi' }).click();

  await signInOnKeycloak(page, ETS_USER);

  await page.waitForURL('http://localhost:5173/my/sessions');
  const sessionLink = page.getByRole('main').getByRole('heading', { level: 2 }).first().getByRole('link');
  await expect(sessionLink).toBeVisible();
  await expect(page.getByRole('main').getByRole('list', { name: 'Iscrizioni della tua organizzazione' }).first()).toBeVisible();
  await expect(page.getByRole('main').getByText('Caricamento in corso…')).toHaveCount(0);
  await checkPage(page, `my-sessions-${testInfo.project.name}`);

  await sessionLink.click();
  await page.waitForURL(/\/sessions\/[0-9a-f-]+$/);
  const card = page.getByRole('region', { name: 'Registrazione' });
  const first = card.getByRole('listitem').first();
  await expect(first).toBeVisible();
  const name = (await first.locator('.fw-semibold').first().textContent())?.trim() ?? '';
  expect(name).not.toBe('');
  const registerButton = card.getByRole('button', { name: `Iscrivi ${name}` });
  const cancelButton = card.getByRole('button', { name: `Annulla l’iscrizione di ${name}` });
  const status = card.getByTestId('registration-status');

  // why: re-runnable on the same database: a registration left by an earlier run is cancelled first
  await expect(registerButton.or(cancelButton)).toBeVisible();
  if (await cancelButton.isVisible()) {
    await cancelButton.click();
    await expect(registerButton).toBeEnabled();
  }

  await registerButton.click();
  await expect(status).toHaveText(`Iscrizione confermata: ${name}.`);
  await expect(cancelButton).toBeEnabled();
  await expect(cancelButton).toBeFocused();
  await expect(first.getByText('Iscrizione confermata', { exact: true })).toBeVisible();
  await checkPage(page, `registration-${testInfo.project.name}`, true);

  await cancelButton.click();
  await expect(status).toHaveText(`Iscrizione di ${name} annullata.`);
  await expect(registerButton).toBeEnabled();
  await expect(first.getByText('Nessuna iscrizione', { exact: true })).toBeVisible();
  await page.screenshot({ path: `test-results/screenshots/registration-cancelled-${testInfo.project.name}.png`, fullPage: true });
});

test('an ETS delegate keeps the organisation’s profile and delegates up to date, on a phone', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== 'phone', 'organisation page runs on the phone viewport');
  const stamp = Date.now().toString(36);
  const name = `Chiara Prova ${stamp}`;

  await page.goto('/my/organization');
  await signInOnKeycloak(page, ETS_USER);
  await page.waitForURL('http://localhost:5173/my/organization');
  await expect(page.getByRole('heading', { level: 2, name: 'Profilo' })).toBeVisible();
  const profile = page.getByRole('form', { name: 'Salva il profilo' });
  await expect(profile.getByLabel(/Denominazione/)).not.toHaveValue('');

  // a wrong e-mail is refused next to its field, before anything is sent
  const pec = profile.getByLabel(/PEC/);
  const previousPec = await pec.inputValue();
  await pec.fill('non-una-pec');
  await profile.getByRole('button', { name: 'Salva il profilo' }).click();
  await expect(pec).toHaveAttribute('aria-invalid', 'true');
  await expect(pec).toHaveAccessibleDescription('Il formato non è valido.');
  await pec.fill(previousPec);
  await profile.getByRole('button', { name: 'Salva il profilo' }).click();
  await expect(page.getByTestId('organization-status')).toHaveText('Profilo salvato.');

  const add = page.getByRole('form', { name: 'Aggiungi il delegato' });
  await add.getByLabel(/Nome e cognome/).fill(name);
  await add.getByLabel(/Ruolo nell’organizzazione/).fill('Volontaria');
  await add.getByLabel(/E-mail/).fill(`chiara.${stamp}@example.org`);
  await add.getByRole('button', { name: 'Aggiungi il delegato' }).click();
  await expect(page.getByTestId('delegates-status')).toHaveText(`${name} aggiunto ai delegati.`);
  const list = page.getByRole('list', { name: 'Delegati della tua organizzazione' });
  await expect(list.getByText(name, { exact: true })).toBeVisible();
  await checkPage(page, `organization-${testInfo.project.name}`, true);

  await list.getByRole('button', { name: `Elimina «${name}»` }).click();
  const dialog = page.getByRole('dialog', { name: 'Togliere il delegato?' });
  await dialog.getByRole('button', { name: 'Elimina' }).click();
  await expect(page.getByTestId('delegates-status')).toHaveText(`${name} tolto dai delegati.`);
  await expect(list.getByText(name, { exact: true })).toHaveCount(0);
});
