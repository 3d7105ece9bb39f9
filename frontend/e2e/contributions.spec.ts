import { expect, test } from '@playwright/test';
import { checkPage, signInOnKeycloak } from './support';

test.setTimeout(120_000);

// why: the demo plan Oglio Po 2021-2023 is in consultation and has istanze IST-001..003 (R__demo_08_contributions.sql)
const PLAN = 'b1000000-0000-4000-8000-000000000001';

test('anyone reads the answered istanze of a plan with their answer', async ({ page }, testInfo) => {
  await page.goto(`/plans/${PLAN}/contributions`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Istanze');
  await expect(page.getByRole('heading', { name: 'Anziani soli nei piccoli comuni del Casalasco' })).toBeVisible();
  await expect(page.getByText('Accolta').first()).toBeVisible();
  await checkPage(page, `contributions-${testInfo.project.name}`);
});

test('an ETS drafts an istanza on a phone, sends it and finds it in its list', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== 'phone', 'the ETS flow runs on the phone viewport');
  const title = `Trasporto sociale ${Date.now().toString(36)}`;
  await page.goto(`/plans/${PLAN}/contributions/new`);
  await signInOnKeycloak(page, 'ets.cooperativa1');
  await page.waitForURL(`http://localhost:5173/plans/${PLAN}/contributions/new`);
  const form = page.getByRole('form', { name: 'Istanza' });
  await form.getByRole('button', { name: 'Salva la bozza' }).click();
  await expect(form.getByText('Campo obbligatorio.').first()).toBeVisible();
  await form.getByLabel(/^Titolo/).fill(title);
  await form.getByLabel(/^Testo dell’istanza/).fill('Servono corse di trasporto sociale verso la casa di comunità per chi non guida.');
  await form.getByLabel('Tavolo tematico').selectOption({ label: 'Anziani, persone disabili e non autosufficienti' });
  // why: bootstrap-italia draws the box on the label, which takes the click
  await form.locator('label', { hasText: 'Cura e salute (domiciliarità)' }).click();
  await checkPage(page, `contribution-new-${testInfo.project.name}`, true);
  await form.getByRole('button', { name: 'Salva la bozza' }).click();

  await page.waitForURL(/\/contributions\/[0-9a-f-]+$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await page.getByRole('button', { name: 'Invia all’ufficio di piano' }).click();
  await page.getByRole('dialog', { name: 'Inviare l’istanza?' }).getByRole('button', { name: 'Sì, invia' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(new RegExp(`^IST-\\d{3} · ${title}$`));
  await checkPage(page, `contribution-sent-${testInfo.project.name}`);

  await page.goto('/my/contributions');
  await expect(page.getByRole('link', { name: title })).toBeVisible();
  await checkPage(page, `my-contributions-${testInfo.project.name}`, true);
});

test('the plan office filters the submitted istanze and answers one', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'the plan office journey runs on the desktop viewport');
  await page.goto(`/plans/${PLAN}/contributions/new`);
  await signInOnKeycloak(page, 'ufficio.casalasco');
  // the plan office does not write istanze
  await expect(page.getByRole('heading', { name: 'Accesso non consentito' })).toBeVisible();
  await page.goto(`/plans/${PLAN}/contributions`);
  const main = page.getByRole('main');
  await expect(main.getByRole('link', { name: 'Punto unico di accesso sociosanitario' })).toBeVisible();
  await expect(main.getByText('Caricamento in corso…')).toHaveCount(0);
  await checkPage(page, `contributions-office-${testInfo.project.name}`, true);
  await page.getByLabel('Stato').selectOption({ label: 'Con risposta' });
  await expect(main.getByRole('link', { name: 'Anziani soli nei piccoli comuni del Casalasco' })).toBeVisible();
  await page.getByLabel('Stato').selectOption({ label: 'Tutti' });
  await page.getByRole('link', { name: 'Punto unico di accesso sociosanitario' }).click();

  const form = page.getByRole('form', { name: /Rispondi all’istanza|Correggi la risposta/ });
  await form.locator('label', { hasText: 'Tenuta in considerazione' }).click();
  await form.getByLabel(/^Motivazione/).fill('Se ne terrà conto con ASST nel tavolo adulti e nella casa di comunità.');
  await form.getByRole('button', { name: /Pubblica la risposta|Salva la correzione/ }).click();
  await expect(page.getByText('Risposta salvata.')).toBeVisible();
  await checkPage(page, `contribution-answer-${testInfo.project.name}`, true);
});
