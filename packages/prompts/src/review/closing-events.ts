import type { PerLanguage } from '../answers/answer-vocabulary.ts';
import type { TextLanguage } from '../field-detection/text-language.ts';
import { toldOwnActions } from './told-facts.ts';

/*
 * How a story ends, read loosely: whether its closing words tell something that happened.
 * Readers who label answers count an ending of any strength as a result: the fix itself with
 * no outcome stated ("I reverted and added it to the checklist"), others' response ("he
 * changed it", "se calmó", "o médico trocou"), a hedged outcome ("I think they kind of
 * understood"), a decision taken ("we moved the money to digital"). No word list can tell
 * which of those resolve the story, so the coached hint treats any of them as a maybe-result
 * and does not say the result is missing. A closing told in the present ("safety is
 * everything to me", "I always check the PO") tells no event: there the claim stands.
 */

/** A past event by anyone, in the closing words: past and perfect forms, lower case with accents. */
const pastEvent: PerLanguage = {
  en: /\b(?<!\b(?:am|'m|is|are|'re|be|been|very|really|so|more|most|pretty|highly|super|get|feel) )\p{L}{3,}ed\b|\b(went|came|got|gave|took|made|said|told|left|found|kept|felt|saw|ran|won|lost|paid|sent|brought|bought|built|caught|held|put|stood|understood|became|began|chose|did|fell|grew|knew|led|met|sold|spent|wrote|rode|drove|threw|broke|shut|quit|hit|cut|let)\b/u,
  es: /\p{L}{2,}(ó|aron|ieron)(?!\p{L})|\b(fue|fueron|fui|hizo|dijo|tuvo|puso|vino|estuvo|pudo|supo|trajo|dio|dieron|vio|(ha|han|hemos|he|había|habían) \p{L}+(ado|ido))(?!\p{L})|\p{L}{2,}aban?(?!\p{L})/u,
  pt: /\p{L}{2,}(ou|iu|aram|eram|iram)(?!\p{L})|\b(foi|foram|fez|fizeram|teve|tiveram|disse|disseram|veio|vieram|trouxe|deu|deram|viu|pôs|pôde|soube)\b|\p{L}{2,}avam?(?!\p{L})/u,
};

/** Words ending like a past form that are none: "estou", "sou", "vou" end in -ou; "need", "feed" in -ed. */
const notPast: ReadonlySet<string> = new Set(
  'estou sou vou dou ou need feed seed speed indeed proceed exceed succeed hundred kindred sacred naked wicked'.split(' '),
);

/** How many sentences make the closing: a short coda after the story ("safety is everything to me") leaves the ending before it. */
const CLOSING_SENTENCES = 2;
/** An answer spoken without stops is one sentence; its closing is its last words. */
const CLOSING_WORDS = 40;

/** The closing words of an answer: its last two sentences, at most its last forty words. Lower case, accents kept. */
export function closingWords(answer: string): string {
  const sentences = answer
    .toLowerCase()
    .replace(/[’']/g, "'")
    .split(/(?<=[.!?;])\s+|\n+/)
    .filter((sentence) => /\p{L}/u.test(sentence));
  const words = sentences.slice(-CLOSING_SENTENCES).join(' ').split(/\s+/).filter(Boolean);
  return words.slice(-CLOSING_WORDS).join(' ');
}

/** Whether the closing words tell a past event: the candidate's own action, or anyone's past. Pure. */
export function closesOnEvent(answer: string, language: TextLanguage): boolean {
  const closing = closingWords(answer);
  if (toldOwnActions(closing, language).length > 0) return true;
  const pattern = new RegExp(pastEvent[language].source, 'gu');
  return [...closing.matchAll(pattern)].some((match) => !notPast.has(match[0].trim()));
}
