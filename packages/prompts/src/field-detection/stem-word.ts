import { stemmer as englishStem } from '@orama/stemmers/english';
import { stemmer as portugueseStem } from '@orama/stemmers/portuguese';
import { stemmer as spanishStem } from '@orama/stemmers/spanish';
import type { TextLanguage } from './text-language.ts';

const stemmers: Record<TextLanguage, (word: string) => string> = { en: englishStem, es: spanishStem, pt: portugueseStem };

/**
 * One folded word's Snowball stem. In Spanish and Portuguese the feminine is folded onto
 * the masculine first ("engenheira" → "engenheiro", "diseñadora" → "diseñador"), so both
 * genders and both numbers share a stem.
 */
/**
 * Porter over-stems a few job words onto unrelated ones; these keep their own stem.
 * "engineer" and "engine" both become "engin", which made a car mechanic an engineer.
 */
const englishExceptions: [RegExp, string][] = [
  [/^engineer(?:s|ing)?$/, 'engineer'],
  // "mechanic" (the trade) is not "mechanical" (the engineering discipline).
  [/^mechanics?$/, 'mechanic'],
];

export function stemWord(word: string, language: TextLanguage): string {
  if (language === 'en') return englishExceptions.find(([pattern]) => pattern.test(word))?.[1] ?? stemmers.en(word);
  if (word.length < 5 || /\d/.test(word)) return stemmers[language](word);
  const masculine = word
    .replace(/oras?$/, 'or')
    .replace(/as$/, 'os')
    .replace(/a$/, 'o');
  return stemmers[language](masculine);
}
