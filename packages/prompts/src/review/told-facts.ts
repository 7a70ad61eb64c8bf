import { hasFigure, ownActions, type PerLanguage } from '../answers/answer-vocabulary.ts';
import type { TextLanguage } from '../field-detection/text-language.ts';

/*
 * What the reviewer reads as told beyond the vocabulary it shares with the interviewer's
 * listening (`answers/answer-vocabulary.ts`, an input of the trained turn reader, so a change
 * there means retraining it): number words past twelve, tens and hundreds; an own action with
 * an adverb before the verb; Spanish and Portuguese irregular preterites. Without them the
 * review asked for a figure, or for one's own actions, that the answer gave.
 */

/** Number words the shared list lacks: "sixty", "a dozen", "doce", "doscientas", "quinhentas". Folded. */
const moreNumberWords: PerLanguage = {
  en: /\b(thirteen|fourteen|sixteen|seventeen|eighteen|nineteen|sixty|seventy|eighty|ninety|billion|dozen|halved|triple)\b/,
  es: /\b(once|doce|trece|catorce|dieci\w+|veinti\w+|sesenta|setenta|ochenta|noventa|ciento|cientos|\w+cient[oa]s|docena)\b/,
  pt: /\b(onze|doze|treze|catorze|quatorze|dezesseis|dezessete|dezoito|dezenove|sessenta|setenta|oitenta|noventa|cento|centenas|duzent[oa]s|trezent[oa]s|quinhent[oa]s|\w+cent[oa]s|duzia)\b/,
};

/** Whether the answer gives a figure: the shared reading, or a number word it lacks. */
export function toldFigure(answer: string, folded: string, language: TextLanguage): boolean {
  return hasFigure(answer, folded, language) || moreNumberWords[language].test(folded);
}

/** "I quickly paged", "I then wrote", "I also called": an adverb between "I" and the verb. Lower case. */
const adverbBetween =
  /\b(i|i've|i have) (\w+ly|then|also|just|first|finally|actually|still|even|immediately|personally|basically) (\w+)\b/gu;

/** Irregular first-person preterites, ending in neither -é nor -í: "le dije", "le di mi opinión", "disse", "dei". Lower case. */
const irregularPreterites: Partial<PerLanguage> = {
  es: /\b(dije|di|vi|traje|vine)\b/gu,
  pt: /\b(disse|dei|vi|trouxe|vim)\b/gu,
};

/** The candidate's own past actions: the shared reading, with an adverb before the verb and irregular preterites. */
export function toldOwnActions(answer: string, language: TextLanguage): string[] {
  const lower = answer.toLowerCase();
  // The verb after the adverb is an action when the shared reading calls "I <verb>" one.
  const withAdverb = [...lower.matchAll(adverbBetween)]
    .filter((match) => ownActions(`i ${match[3] ?? ''}`, 'en').length > 0)
    .map((match) => match[0]);
  const pattern = irregularPreterites[language];
  const irregular = pattern ? [...lower.matchAll(pattern)].map((match) => match[0]) : [];
  return [...ownActions(answer, language), ...withAdverb, ...irregular];
}
