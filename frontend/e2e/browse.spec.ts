import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { checkPage as checkPageAndAxe, clickInHeader } from './support';

const PLAN_ID = 'b1000000-0000-4000-8000-000000000001';

// the screenshots kept in the repository (docs/screenshots); all of them go to the ignored test-results/screenshots
const DOCUMENTED = new Set(['plan-desktop', 'plan-phone', 'session-phone', 'home-desktop']);

/** Screenshot and axe check, keeping the documented shots in docs/screenshots when asked to. */
async function checkPage(page: Page, testInfo: TestInfo, name: string) {
  const shot = `${name}-${testInfo.project.name}`;
  await checkPageAndAxe(page, shot, DOCUMENTED.has(shot));
}

test('anonymous browsing: home, plan, table, session', async ({ page }, testInfo) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'it');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ambiti territoriali e Piani di Zona');
  await expect(page.getByRole('heading', { level: 2, name: 'Oglio Po' })).toBeVisible();
  const planLink = page.locator(`a[href="/plans/${PLAN_ID}"]`);
  await expect(planLink).toBeVisible();
  await checkPage(page, testInfo, 'home');

  await planLink.click();
  await expect(page).toHaveURL(new RegExp(`/plans/${PLAN_ID}$`));
  await expect(page.getByRole('heading', { level: 2, name: 'Le fasi del Piano' })).toBeVisible();
  await expect(page.locator('.zonale-timeline-item').first()).toBeVisible();
  await expect(page.getByRole('table', { name: /aree di policy/ })).toBeVisible();
  await expect(page.locator('.zonale-session-item').first()).toBeVisible();
  await checkPage(page, testInfo, 'plan');

  // month view and table filter
  await page.getByRole('button', { name: 'Mese', exact: true }).click();
  // on a phone the month is an agenda of the days with incontri, on wider screens a grid
  const grid = page.locator(testInfo.project.name === 'phone' ? 'section.zonale-agenda' : 'table.zonale-month-grid');
  await expect(grid).toBeVisible();
  await page.getByLabel('Filtra per tavolo').selectOption({ label: 'Minori, giovani e famiglie' });
  await expect(grid.locator('a')).not.toHaveCount(0);
  await expect(page.getByText(/^\d+ incontr[io]$/)).toBeVisible();
  await checkPage(page, testInfo, 'plan-month');
  await page.locator('#calendar').screenshot({ path: `test-results/screenshots/plan-month-calendar-${testInfo.project.name}.png` });
  await page.getByRole('button', { name: 'Elenco', exact: true }).click();
  const items = page.locator('.zonale-session-item');
  await expect(items).toHaveCount(2);
  await expect(items.first()).toContainText('Minori, giovani e famiglie');

  // a table
  await page
    .getByRole('table', { name: /aree di policy/ })
    .getByRole('link', { name: 'Minori, giovani e famiglie' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Minori, giovani e famiglie');
  await expect(page.getByRole('heading', { level: 2, name: 'Incontri del tavolo' })).toBeVisible();
  await expect(page.locator('.zonale-session-item').first()).toBeVisible();
  await checkPage(page, testInfo, 'table');

  // a session
  await page.locator('.zonale-session-item a').first().click();
  await expect(page).toHaveURL(/\/sessions\//);
  await expect(page.getByText('dalle 16:30 alle 18:30 (ora italiana)')).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Ordine del giorno' })).toBeVisible();
  await checkPage(page, testInfo, 'session');
});

test('language switch persists and sets html lang', async ({ page }) => {
  await page.goto('/');
  await clickInHeader(page, /English/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ambiti and their Piani di Zona');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ambiti and their Piani di Zona');
});

test('unknown pages and plans show a 404 and a problem message', async ({ page }, testInfo) => {
  await page.goto('/no-such-page');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pagina non trovata');
  await checkPage(page, testInfo, 'not-found');
  await page.goto('/plans/00000000-0000-4000-8000-000000000000');
  await expect(page.getByText('Questo Piano di Zona non esiste o non è pubblico.')).toBeVisible();
  await checkPage(page, testInfo, 'plan-not-found');
});
