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

/**
 * Snowball strips the agent suffix, so the worker and the activity share a stem: a
 * controller (finance) and quality or production control, "controlador" and "control de
 * calidad", "controle de qualidade". The worker keeps a stem of its own in every language.
 */
const agentNouns: [RegExp, string][] = [[/^controll?(?:ers?|ador|adores)$/, 'controller']];

/**
 * Stems already worked out, per language. Texts repeat their words (a job post is a few
 * hundred distinct words) and the Snowball rules are regular-expression work, so a prompt,
 * a fit check or a review stems each word once. Bounded: past the limit it starts afresh.
 */
const known: Record<TextLanguage, Map<string, string>> = { en: new Map(), es: new Map(), pt: new Map() };
const knownLimit = 50_000;

export function stemWord(word: string, language: TextLanguage): string {
  const cache = known[language];
  let stem = cache.get(word);
  if (stem === undefined) {
    if (cache.size >= knownLimit) cache.clear();
    stem = stemUncached(word, language);
    cache.set(word, stem);
  }
  return stem;
}

function stemUncached(word: string, language: TextLanguage): string {
  const agent = agentNouns.find(([pattern]) => pattern.test(word.replace(/oras?$/, 'or')));
  if (agent) return agent[1];
  if (language === 'en') return englishExceptions.find(([pattern]) => pattern.test(word))?.[1] ?? stemmers.en(word);
  if (word.length < 5 || /\d/.test(word)) return stemmers[language](word);
  const masculine = word
    .replace(/oras?$/, 'or')
    .replace(/as$/, 'os')
    .replace(/a$/, 'o');
  return stemmers[language](masculine);
}
