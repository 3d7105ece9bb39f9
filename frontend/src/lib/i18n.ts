import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { resources } from '../locales/resources';

export const LANGUAGES = ['it', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const LANGUAGE_STORAGE_KEY = 'zonale.lang';

function storedLanguage(): Language {
  try {
    const value = globalThis.localStorage?.getItem(LANGUAGE_STORAGE_KEY);
    return value === 'en' ? 'en' : 'it';
  } catch {
    return 'it';
  }
}

function applyLanguage(lng: string): void {
  if (typeof document !== 'undefined') document.documentElement.lang = lng;
}

/** Initialises i18next once: Italian by default, English second, choice kept in localStorage. */
export function initI18n(): typeof i18n {
  if (!i18n.isInitialized) {
    void i18n.use(initReactI18next).init({
      resources,
      lng: storedLanguage(),
      fallbackLng: 'it',
      supportedLngs: [...LANGUAGES],
      interpolation: { escapeValue: false },
      initAsync: false,
    });
    applyLanguage(i18n.language);
    i18n.on('languageChanged', (lng) => {
      applyLanguage(lng);
      try {
        globalThis.localStorage?.setItem(LANGUAGE_STORAGE_KEY, lng);
      } catch {
        // storage may be unavailable (private mode); the choice then lasts for the page only
      }
    });
  }
  return i18n;
}

export { i18n };
