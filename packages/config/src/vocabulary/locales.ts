/** Interview and UI languages. Order is the order shown to the user. */
export const languages = ['en', 'es', 'pt-BR'] as const;
export type Language = (typeof languages)[number];

export const languageNames: Record<Language, string> = {
  en: 'English',
  es: 'Español',
  'pt-BR': 'Português',
};

/** Whether a string (a form's value, a stored one) is one of the languages. */
export const isLanguage = (value: string): value is Language => (languages as readonly string[]).includes(value);

/** The supported language a locale (a browser's, an Accept-Language tag) lands on: pt-* is pt-BR, es-* is es, anything else English. */
export function languageOfLocale(locale: string | undefined): Language {
  const base = (locale ?? 'en').toLowerCase().split('-')[0];
  return base === 'pt' ? 'pt-BR' : base === 'es' ? 'es' : 'en';
}
