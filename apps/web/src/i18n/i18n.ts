import { languages, type Language } from '@voxly/config';
import i18next from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import { en } from './en.ts';
import { es } from './es.ts';
import { ptBR } from './pt-BR.ts';

const resources = { en: { translation: en }, es: { translation: es }, 'pt-BR': { translation: ptBR } } as const;

declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: typeof en };
  }
}

// The page says which language it is in (screen readers, translation tools, search) and names
// itself in it: on every change, and once the first language is settled.
function showLanguage() {
  if (typeof document === 'undefined') return;
  document.documentElement.lang = uiLanguage();
  document.title = i18next.t('common.appTitle');
}
i18next.on('languageChanged', showLanguage);

/**
 * The UI language: the one the user chose (remembered), else the browser's, else English.
 * "pt", "pt-PT" and "es-AR" land on pt-BR and es.
 */
export const i18nReady = i18next
  .use(LanguageDetector)
  .use(initReactI18next)
  .init({
    resources,
    supportedLngs: [...languages],
    // Not `nonExplicitSupportedLngs`: with a region-coded language (pt-BR) it makes i18next
    // look for resources that do not exist and show raw keys. Regions map through these instead.
    fallbackLng: { pt: ['pt-BR'], default: ['en'] },
    detection: { order: ['localStorage', 'navigator'], lookupLocalStorage: 'voxly.language', caches: ['localStorage'] },
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
  })
  .then(showLanguage);

/** The supported language the UI is showing. */
export function uiLanguage(): Language {
  const current = i18next.resolvedLanguage ?? 'en';
  return (languages as readonly string[]).includes(current) ? (current as Language) : 'en';
}

export { i18next };
