import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { copyFileSync, mkdirSync } from 'node:fs';

test.setTimeout(90_000);

// why: the demo data's upcoming incontri (Dec 2026 - Mar 2027) are all in the Cremasco plan, while
// ets.cooperativa1's organisation (Il Ponte) works only in Oglio Po; ets.odv's organisation is in Cremasco
const ETS_USER = process.env.ZONALE_E2E_ETS_USER ?? 'ets.odv';

/** Takes a full-page screenshot and asserts axe finds no serious or critical WCAG 2.1 AA violation. */
async function checkPage(page: Page, shot: string, keep = false) {
  const path = `test-results/screenshots/${shot}.png`;
  await page.screenshot({ path, fullPage: true });
  if (keep) {
    mkdirSync('docs/screenshots', { recursive: true });
    copyFileSync(path, `docs/screenshots/${shot}.png`);
  }
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
}

test('an ETS delegate registers a participant to an upcoming incontro and cancels', async ({ page }, testInfo) => {
  // why: the flow is designed for the phone first; one project is enough and keeps the shared database quiet
  test.skip(testInfo.project.name !== 'phone', 'registration flow runs on the phone viewport');

  await page.goto('/my/sessions');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('I miei incontri');
  await page.getByRole('main').getByRole('button', { name: 'Accedi' }).click();

  await page.waitForURL(/localhost:8180\/realms\/zonale\//);
  await page.locator('#username').fill(ETS_USER);
  // why: with Keycloak's Organizations feature the login is identifier-first (username, then password)
  if (!(await page.locator('#password').isVisible())) await page.locator('#kc-login').click();
  await page.locator('#password').fill('Zonale-demo-2026');
  await page.locator('#kc-login').click();

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
  await expect(status).toHaveText(`${name} è iscritto all’incontro.`);
  await expect(cancelButton).toBeEnabled();
  await expect(cancelButton).toBeFocused();
  await expect(first.getByText('Iscritto', { exact: true })).toBeVisible();
  await checkPage(page, `registration-${testInfo.project.name}`, true);

  await cancelButton.click();
  await expect(status).toHaveText(`Iscrizione di ${name} annullata.`);
  await expect(registerButton).toBeEnabled();
  await expect(first.getByText('Non iscritto', { exact: true })).toBeVisible();
  await page.screenshot({ path: `test-results/screenshots/registration-cancelled-${testInfo.project.name}.png`, fullPage: true });
});
