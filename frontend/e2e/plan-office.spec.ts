import { expect, test } from '@playwright/test';
import { checkPage, signInOnKeycloak } from './support';

test.setTimeout(120_000);

/** A day a month from now, as yyyy-mm-dd in the browser's calendar (the form's date input). */
function inAMonth(): string {
  const d = new Date(Date.now() + 30 * 86_400_000);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

test('the plan office signs in, creates a plan with a table and an incontro, publishes it, and anyone sees it in the calendar', async ({ page }, testInfo) => {
  // why: a desktop journey of the plan office; once per run keeps the shared database from filling with plans
  test.skip(testInfo.project.name !== 'desktop', 'plan office journey runs on the desktop viewport');
  const stamp = Date.now().toString(36);
  const planTitle = `Piano di Zona di prova ${stamp}`;
  const tableName = `Tavolo anziani ${stamp}`;
  const sessionTitle = `Primo incontro del tavolo ${stamp}`;

  // a page for the plan office sends an anonymous visitor to Keycloak, and back
  await page.goto('/plans/new');
  await signInOnKeycloak(page, 'ufficio.cremasco');
  await page.waitForURL('http://localhost:5173/plans/new');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nuovo Piano di Zona');

  const form = page.getByRole('form', { name: 'Crea il piano' });
  // instant feedback before anything is sent
  await form.getByRole('button', { name: 'Crea il piano' }).click();
  await expect(form.getByLabel(/Titolo/)).toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByText('Campo obbligatorio.')).toBeVisible();
  await checkPage(page, `plan-new-${testInfo.project.name}`);

  await form.getByLabel(/Titolo/).fill(planTitle);
  // why: re-runnable on the same database: one ambito has one plan per period, so look for a free year
  let year = 2040 + Math.floor(Math.random() * 50);
  for (let attempt = 0; ; attempt++) {
    await form.getByLabel(/Primo anno/).fill(String(year));
    await form.getByLabel(/Ultimo anno/).fill(String(year));
    await form.getByRole('button', { name: 'Crea il piano' }).click();
    const outcome = await Promise.race([
      page.waitForURL(/\/plans\/[0-9a-f-]+\/manage$/).then(() => 'created'),
      form
        .getByText('L’ambito ha già un piano per questo periodo.')
        .waitFor()
        .then(() => 'taken'),
    ]);
    if (outcome === 'created') break;
    expect(attempt, 'a free year for the test plan').toBeLessThan(10);
    year++;
  }
  await expect(page.getByTestId('manage-status')).toHaveText('Piano creato come bozza.');
  const planUrl = page.url().replace(/\/manage$/, '');

  // a table working on one policy area
  await page.getByRole('link', { name: 'Nuovo tavolo' }).click();
  const tableForm = page.getByRole('form', { name: 'Crea il tavolo' });
  await tableForm.getByLabel(/Nome del tavolo/).fill(tableName);
  await tableForm.getByLabel(/Destinatari/).selectOption('ELDERLY_AND_DISABLED');
  // why: bootstrap-italia draws the checkbox on its label, which is what a person clicks
  const areas = tableForm.getByRole('group', { name: 'Aree di policy su cui lavora' });
  await areas.locator('label').first().click();
  await expect(areas.getByRole('checkbox').first()).toBeChecked();
  await tableForm.getByRole('button', { name: 'Crea il tavolo' }).click();
  await expect(page.getByTestId('manage-status')).toHaveText(`Tavolo «${tableName}» creato.`);

  // an incontro of that table, a month from now at 16:30 Italian time
  await page.getByRole('link', { name: 'Nuovo incontro' }).click();
  const sessionForm = page.getByRole('form', { name: 'Metti in calendario' });
  await sessionForm.getByLabel(/Tavolo/).selectOption({ label: tableName });
  await sessionForm.getByLabel(/^Titolo/).fill(sessionTitle);
  await sessionForm.getByLabel(/Giorno/).fill(inAMonth());
  await sessionForm.getByLabel(/Ora di inizio/).fill('16:30');
  await sessionForm.getByLabel(/Ora di fine/).fill('18:30');
  await sessionForm.getByLabel(/^Luogo/).fill('Sala Alessandrini, piazza Duomo 25, Crema');
  await sessionForm.getByRole('button', { name: 'Aggiungi un punto' }).click();
  await sessionForm.getByLabel(/^Punto 1/).fill('Presentazione del percorso');
  await checkPage(page, `session-new-${testInfo.project.name}`, true);
  await sessionForm.getByRole('button', { name: 'Metti in calendario' }).click();
  await expect(page.getByTestId('manage-status')).toHaveText(`Incontro «${sessionTitle}» messo in calendario.`);
  await expect(page.getByRole('link', { name: sessionTitle, exact: true })).toBeVisible();

  // publishing: a forward-only status change, after confirming
  await page.getByRole('button', { name: 'Passa a «In consultazione»' }).click();
  const dialog = page.getByRole('dialog', { name: 'Passare il piano a «In consultazione»?' });
  await expect(dialog).toBeVisible();
  await checkPage(page, `plan-status-confirm-${testInfo.project.name}`);
  await dialog.getByRole('button', { name: 'Sì, passa a «In consultazione»' }).click();
  await expect(page.getByTestId('manage-status')).toHaveText('Il piano ora è «In consultazione».');
  await checkPage(page, `plan-manage-${testInfo.project.name}`, true);
  // the same workspace on a phone: a plan officer checks it on the way to a meeting
  await page.setViewportSize({ width: 360, height: 740 });
  await checkPage(page, 'plan-manage-phone', true);
  await page.setViewportSize({ width: 1280, height: 800 });

  // signed out, anyone finds the incontro in the plan's public calendar
  await page.getByRole('button', { name: 'Esci' }).click();
  await page.waitForURL('http://localhost:5173/');
  await page.goto(planUrl);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(planTitle);
  const calendar = page.getByRole('region', { name: 'Calendario degli incontri' });
  await expect(calendar.getByRole('link', { name: sessionTitle, exact: true })).toBeVisible();
  await expect(calendar.getByText('16:30').first()).toBeVisible();
  await expect(page.getByRole('link', { name: 'Gestisci il piano' })).toHaveCount(0);
});

test('an ETS user who opens a plan office page sees the 403 page', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== 'phone', 'runs once, on the phone viewport');
  await page.goto('/plans/new');
  await signInOnKeycloak(page, 'ets.odv');
  await page.waitForURL('http://localhost:5173/plans/new');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Accesso non consentito');
  await checkPage(page, `forbidden-${testInfo.project.name}`);
});
