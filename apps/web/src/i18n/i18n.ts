import { languageOfLocale, languages, type Language } from '@voxly/config';
import i18next from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import { en } from './en.ts';

declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: typeof en };
  }
}

/**
 * English ships with the first page (it is every other language's fallback); Spanish and
 * Portuguese load on demand, so nobody downloads the dictionaries they do not read.
 */
const loaders: Record<Exclude<Language, 'en'>, () => Promise<typeof en>> = {
  es: () => import('./es.ts').then((m) => m.es),
  'pt-BR': () => import('./pt-BR.ts').then((m) => m.ptBR),
};

/** The supported language a browser or user language lands on: pt-* is pt-BR, es-* is es, anything else English. */
export function supportedLanguageOf(language: string | undefined): Language {
  return languageOfLocale(language);
}

/** Makes a language's dictionary available (once); resolves when its text can be shown. */
export async function loadLanguage(language: Language): Promise<void> {
  if (language === 'en' || i18next.hasResourceBundle(language, 'translation')) return;
  i18next.addResourceBundle(language, 'translation', await loaders[language](), true, true);
}

/** The UI switches language only once the new dictionary is there: no flash of keys or English. */
export async function switchLanguage(language: Language): Promise<void> {
  await loadLanguage(language);
  await i18next.changeLanguage(language);
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
 * "pt", "pt-PT" and "es-AR" land on pt-BR and es. Resolves once its dictionary is loaded.
 */
export const i18nReady = i18next
  .use(LanguageDetector)
  .use(initReactI18next)
  .init({
    resources: { en: { translation: en } },
    partialBundledLanguages: true,
    supportedLngs: [...languages],
    // Not `nonExplicitSupportedLngs`: with a region-coded language (pt-BR) it makes i18next
    // look for resources that do not exist and show raw keys. Regions map through these instead.
    fallbackLng: { pt: ['pt-BR'], default: ['en'] },
    detection: { order: ['localStorage', 'navigator'], lookupLocalStorage: 'voxly.language', caches: ['localStorage'] },
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
    react: { bindI18nStore: 'added' },
  })
  .then(async () => {
    const wanted = supportedLanguageOf(i18next.language);
    await loadLanguage(wanted);
    // Resolve again now that the dictionary is there (and show it).
    await i18next.changeLanguage(wanted);
  });

/** The supported language the UI is showing. */
export function uiLanguage(): Language {
  return supportedLanguageOf(i18next.resolvedLanguage);
}

export { i18next };
