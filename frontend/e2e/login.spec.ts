import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

test.setTimeout(60_000);

test('sign in with Keycloak (code + PKCE), see /me, sign out', async ({ page }, testInfo) => {
  await page.goto('/me');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Il mio profilo');
  await page.getByRole('main').getByRole('button', { name: 'Accedi' }).click();

  await page.waitForURL(/localhost:8180\/realms\/zonale\//);
  await page.locator('#username').fill('ufficio.casalasco');
  // why: with Keycloak's Organizations feature the login is identifier-first (username, then password)
  if (!(await page.locator('#password').isVisible())) await page.locator('#kc-login').click();
  await page.locator('#password').fill('Zonale-demo-2026');
  await page.locator('#kc-login').click();

  await page.waitForURL('http://localhost:5173/me');
  await expect(page.getByTestId('me-username')).toHaveText('ufficio.casalasco');
  await expect(page.getByTestId('me-organization')).toHaveText('Consorzio Casalasco Servizi Sociali');
  await page.screenshot({ path: `test-results/screenshots/me-${testInfo.project.name}.png`, fullPage: true });
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);

  await page.getByRole('button', { name: 'Esci' }).click();
  await page.waitForURL('http://localhost:5173/');
  await expect(page.getByRole('banner').getByRole('button', { name: 'Accedi' })).toBeVisible();
});
