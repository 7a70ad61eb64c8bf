import type { TextLanguage } from '../field-detection/text-language.ts';

/** Another of our languages whose own words outnumber the given one's (two or more of them), from `languageCounts`. */
export function louderLanguage(counts: Record<TextLanguage, number>, language: TextLanguage): TextLanguage | undefined {
  return (['en', 'es', 'pt'] as const).find((other) => other !== language && counts[other] >= 2 && counts[other] > counts[language]);
}
