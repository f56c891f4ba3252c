import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { de } from './de';
import { en } from './en';

export const languages = ['de', 'en'] as const;
export type Language = (typeof languages)[number];

const storageKey = 'eyelevel.language';

/** The stored choice, else the browser's preferred language, else English. */
export function detectLanguage(): Language {
  const stored = readStoredLanguage();
  if (stored) return stored;
  for (const tag of navigator.languages ?? [navigator.language]) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'de' || base === 'en') return base;
  }
  return 'en';
}

function readStoredLanguage(): Language | null {
  try {
    const value = localStorage.getItem(storageKey);
    return value === 'de' || value === 'en' ? value : null;
  } catch {
    return null;
  }
}

/** Switches the UI language, remembers it and updates `<html lang>`. */
export async function changeLanguage(language: Language): Promise<void> {
  try {
    localStorage.setItem(storageKey, language);
  } catch {
    // Private mode: the choice lasts for this page only.
  }
  await i18n.changeLanguage(language);
}

/** Initialises i18next with the bundled German and English texts. */
export function initI18n(language: Language = detectLanguage()): typeof i18n {
  i18n.on('languageChanged', (lng) => {
    document.documentElement.lang = lng;
  });
  void i18n.use(initReactI18next).init({
    resources: { de: { translation: de }, en: { translation: en } },
    lng: language,
    fallbackLng: 'en',
    supportedLngs: languages,
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = language;
  return i18n;
}
