import { languages, type Language } from '@voxly/config';
import i18next from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import { en } from './en.ts';
import { es } from './es.ts';
import { ptBR } from './pt-BR.ts';

export const resources = { en: { translation: en }, es: { translation: es }, 'pt-BR': { translation: ptBR } } as const;

declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: typeof en };
  }
}

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
    nonExplicitSupportedLngs: true,
    fallbackLng: { pt: ['pt-BR'], default: ['en'] },
    detection: { order: ['localStorage', 'navigator'], lookupLocalStorage: 'voxly.language', caches: ['localStorage'] },
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
  });

i18next.on('languageChanged', (lng) => {
  if (typeof document !== 'undefined') document.documentElement.lang = lng;
});

/** The supported language the UI is showing. */
export function uiLanguage(): Language {
  const current = i18next.resolvedLanguage ?? 'en';
  return (languages as readonly string[]).includes(current) ? (current as Language) : 'en';
}

export { i18next };
