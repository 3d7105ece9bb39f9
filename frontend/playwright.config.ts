import { execSync } from 'node:child_process';
import { defineConfig } from '@playwright/test';

function chromiumPath(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    return execSync('command -v chromium', { shell: '/bin/sh' }).toString().trim() || undefined;
  } catch {
    return undefined;
  }
}

function definedEnv(): Record<string, string> {
  return Object.fromEntries(Object.entries(process.env).filter((e): e is [string, string] => e[1] !== undefined));
}

// why: Playwright's launch() already gives every run a fresh temporary profile (a --user-data-dir flag is refused)
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export default defineConfig({
  testDir: './e2e',
  timeout: 60_000,
  fullyParallel: false,
  workers: 1,
  reporter: [['list']],
  use: {
    baseURL: 'http://localhost:5173',
    // why: our users' browsers are Italian and in Rome; date inputs then read gg/mm/aaaa
    locale: 'it-IT',
    timezoneId: 'Europe/Rome',
    // why: date and time widgets follow the browser's own language, not the page's locale: without it they read
    // 09/29/2021 and 04:30 PM in our Italian screenshots (chromium-l10n carries the Italian strings)
    launchOptions: { executablePath: chromiumPath(), args: [...chromiumArgs, '--lang=it-IT'], env: { ...definedEnv(), LANGUAGE: 'it', LANG: 'it_IT.UTF-8' } },
  },
  projects: [
    { name: 'desktop', use: { viewport: { width: 1280, height: 800 } } },
    { name: 'phone', use: { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 } },
  ],
  webServer: {
    command: 'npx vite build && npx vite preview --port 5173 --strictPort',
    url: 'http://localhost:5173',
    timeout: 120_000,
    reuseExistingServer: false,
  },
});
