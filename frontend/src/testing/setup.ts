import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import { i18n, initI18n } from '../lib/i18n';

initI18n();

// why: findBy*/waitFor give up after 1 s by default; on a loaded 2-core machine a render can take longer,
// which failed tests that were right. Waiting longer never makes a wrong expectation pass.
configure({ asyncUtilTimeout: 5000 });

afterEach(async () => {
  cleanup();
  vi.unstubAllGlobals();
  localStorage.clear();
  await i18n.changeLanguage('it');
});
