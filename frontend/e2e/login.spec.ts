import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { clickInHeader, signInOnKeycloak } from './support';

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

  await clickInHeader(page, 'Esci');
  await page.waitForURL('http://localhost:5173/');
  // on a phone the sign-in button sits in the header's menu, as the account links did
  await clickInHeader(page, 'Accedi');
  await page.waitForURL(/localhost:8180\/realms\/zonale\//);
});

test('the session renews itself silently before the access token expires', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'runs once');
  // why: a fake clock lets the test reach the renewal point (60 s before the 300 s token expires) at once
  await page.clock.install();
  await page.goto('/me');
  await page.getByRole('main').getByRole('button', { name: 'Accedi' }).click();
  await signInOnKeycloak(page, 'asst.crema');
  await page.waitForURL('http://localhost:5173/me');
  await expect(page.getByTestId('me-username')).toHaveText('asst.crema');

  const storedToken = () =>
    page.evaluate(() => {
      const key = Object.keys(sessionStorage).find((k) => k.startsWith('oidc.user:'));
      return key ? (JSON.parse(sessionStorage.getItem(key)!) as { access_token: string }).access_token : null;
    });
  const first = await storedToken();
  expect(first).toBeTruthy();

  const renewed = page.waitForResponse((r) => r.url().includes('/protocol/openid-connect/token') && r.request().method() === 'POST');
  await page.clock.fastForward('04:10');
  expect((await renewed).status()).toBe(200);
  await expect.poll(storedToken).not.toBe(first);

  // the renewed token is accepted by the API: the signed-in pages keep working without a new login
  await page.getByRole('link', { name: 'La mia organizzazione' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('ASST Crema');
  expect(page.url()).toBe('http://localhost:5173/my/organization');
});
