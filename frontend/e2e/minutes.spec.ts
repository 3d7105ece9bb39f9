import { expect, test } from '@playwright/test';
import { checkPage, signInOnKeycloak } from './support';

test.setTimeout(90_000);

// the demo's first Anziani meeting of Oglio Po: held, with approved minutes (R__demo_06_participation.sql)
const SESSION = 'e5000000-0000-4000-8000-000000000111';

test('approved minutes stay as they are; the plan office corrects them with a numbered erratum that everyone then reads', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'the plan office writes at its desk; the public page is checked on a phone below');
  const stamp = Date.now().toString(36);
  const correction = `Tra i presenti anche l’Associazione Auser (correzione ${stamp}).`;

  await page.goto(`/sessions/${SESSION}/edit`);
  await signInOnKeycloak(page, 'ufficio.casalasco');
  await page.waitForURL(`http://localhost:5173/sessions/${SESSION}/edit`);
  await expect(page.getByText('Verbale approvato: è pubblico e non si modifica più.')).toBeVisible();
  await expect(page.getByLabel('Testo del verbale')).toHaveCount(0);
  // a held incontro is part of the record: its details are no longer a form
  await expect(page.getByText(/^L’incontro si è svolto: titolo, orario, luogo/)).toBeVisible();
  await expect(page.getByLabel(/^Titolo/)).toHaveCount(0);

  // why: re-runnable on the same database: each run writes the next number
  const write = page.getByRole('button', { name: /^Scrivi l’errata corrige n\. \d+$/ });
  const number = /\d+/.exec((await write.textContent()) ?? '')?.[0] ?? '';
  await write.click();
  const field = page.getByLabel(`Testo dell’errata corrige n. ${number}`);
  expect(number).not.toBe('');
  await field.fill(correction);
  await page.getByRole('button', { name: 'Salva la bozza' }).click();
  await expect(page.getByTestId('erratum-status')).toHaveText(`Bozza dell’errata corrige n. ${number} salvata.`);
  await expect(page.getByTestId(`erratum-${number}`)).toContainText('bozza, non ancora pubblica.');
  await checkPage(page, `minutes-erratum-draft-${testInfo.project.name}`);

  await page.getByRole('button', { name: 'Approva l’errata corrige' }).click();
  await page
    .getByRole('dialog', { name: `Approvare l’errata corrige n. ${number}?` })
    .getByRole('button', { name: 'Sì, approva' })
    .click();
  await expect(page.getByTestId('erratum-status')).toHaveText(`Errata corrige n. ${number} approvata e pubblicata.`);

  // the public page, on a phone and signed out: the original minutes, then the approved correction
  const phone = await page
    .context()
    .browser()!
    .newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, locale: 'it-IT', timezoneId: 'Europe/Rome' });
  const anonymous = await phone.newPage();
  await anonymous.goto(`http://localhost:5173/sessions/${SESSION}`);
  const errata = anonymous.getByRole('region', { name: 'Errata corrige' });
  await expect(errata.getByText(correction)).toBeVisible();
  await expect(errata.getByTestId(`erratum-${number}`)).toContainText('approvata il');
  await expect(anonymous.getByRole('heading', { level: 2, name: 'Verbale' })).toBeVisible();
  await checkPage(anonymous, 'minutes-errata-phone');
  await phone.close();
});
