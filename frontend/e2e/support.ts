import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { copyFileSync, mkdirSync } from 'node:fs';

export const DEMO_PASSWORD = 'Zonale-demo-2026';

/**
 * Takes a full-page screenshot into the ignored test-results/screenshots and asserts axe finds no serious or
 * critical WCAG 2.1 AA violation. With ZONALE_UPDATE_SCREENSHOTS=1 a `documented` shot also refreshes
 * docs/screenshots (committed, shown in the README); otherwise a run leaves the work tree clean.
 */
export async function checkPage(page: Page, shot: string, documented = false) {
  const path = `test-results/screenshots/${shot}.png`;
  await page.screenshot({ path, fullPage: true });
  if (documented && process.env.ZONALE_UPDATE_SCREENSHOTS === '1') {
    mkdirSync('docs/screenshots', { recursive: true });
    copyFileSync(path, `docs/screenshots/${shot}.png`);
  }
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    serious.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`),
    `axe on ${shot}`,
  ).toEqual([]);
}

/** Fills Keycloak's login form (identifier-first with the Organizations feature: username, then password). */
export async function signInOnKeycloak(page: Page, username: string) {
  await page.waitForURL(/localhost:8180\/realms\/zonale\//);
  await page.locator('#username').fill(username);
  if (!(await page.locator('#password').isVisible())) await page.locator('#kc-login').click();
  await page.locator('#password').fill(DEMO_PASSWORD);
  await page.locator('#kc-login').click();
}

/** Clicks a control of the header's account area; on a phone it sits in the menu, opened first (compact header). */
export async function clickInHeader(page: Page, name: string | RegExp) {
  const banner = page.getByRole('banner');
  const menu = banner.getByRole('button', { name: 'Menu' });
  if ((await menu.isVisible()) && (await menu.getAttribute('aria-expanded')) !== 'true') await menu.click();
  await banner.getByRole('button', { name }).filter({ visible: true }).first().click();
}
