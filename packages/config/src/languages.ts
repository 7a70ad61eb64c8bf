/** Interview and UI languages. Order is the order shown to the user. */
export const languages = ['en', 'es', 'pt-BR'] as const;
export type Language = (typeof languages)[number];

export const languageNames: Record<Language, string> = {
  en: 'English',
  es: 'Español',
  'pt-BR': 'Português',
};
