import { expect, test } from '@playwright/test';
import { checkPage, signInOnKeycloak } from './support';

// Oglio Po's plan in consultation and the Casalasco 2021 needs survey of the demo data
const PLAN = 'b1000000-0000-4000-8000-000000000001';
const SURVEY = 'c9000000-0000-4000-8000-000000000001';

test('anyone reads the needs survey, its synthesis with a table beside each chart, and the objectives', async ({ page }, testInfo) => {
  const size = testInfo.project.name;
  await page.goto(`/surveys/${SURVEY}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await checkPage(page, `survey-${size}`);

  await page.getByRole('link', { name: 'Sintesi della rilevazione dei bisogni' }).click();
  await expect(page).toHaveURL(new RegExp(`/surveys/${SURVEY}/synthesis`));
  // every figure is readable as a table, whatever the chart shows; small cells are hidden to the public
  await expect(page.locator('table caption').first()).toBeVisible();
  await expect(page.getByText('< 3').first()).toBeVisible();
  await checkPage(page, `synthesis-${size}`);

  await page.goto(`/plans/${PLAN}/objectives`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('progressbar').first()).toBeVisible();
  await checkPage(page, `objectives-${size}`);
});

test('the plan office assembles the plan document and exports it as PDF through a job', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'one journey is enough: it changes the demo data');
  test.setTimeout(120_000);
  await page.goto(`/plans/${PLAN}/document/manage`);
  await signInOnKeycloak(page, 'ufficio.casalasco');
  await page.getByRole('button', { name: 'Assembla una nuova versione' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Assembla' }).click();
  await expect(page.getByText(/Versione \d+ assemblata\./)).toBeVisible();
  await checkPage(page, 'plan-document-manage-desktop');

  await page.goto(`/plans/${PLAN}/document`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Prepara il PDF' }).click();
  // the worker renders it off the request thread; the page follows the job until the file is ready
  await expect(page.getByRole('button', { name: 'Scarica il PDF' })).toBeVisible({ timeout: 90_000 });
  await checkPage(page, 'plan-document-desktop');
});
