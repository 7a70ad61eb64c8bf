import { hasFigure, numberWords, ownActions, type PerLanguage } from '../answers/answer-vocabulary.ts';
import { escapePattern } from '../escape-pattern.ts';
import type { TextLanguage } from '../field-detection/text-language.ts';
import { withoutIdioms } from './told-idioms.ts';

/*
 * What the reviewer reads as told beyond the vocabulary it shares with the interviewer's
 * listening (`answers/answer-vocabulary.ts`, an input of the trained turn reader, so a change
 * there means retraining it): number words past twelve, tens and hundreds; an own action with
 * an adverb before the verb; Spanish and Portuguese irregular preterites. Without them the
 * review asked for a figure, or for one's own actions, that the answer gave.
 */

/** Number words the shared list lacks: "sixty", "a dozen", "doce", "doscientas", "quinhentas", "cero". Folded. */
const moreNumberWords: PerLanguage = {
  en: /\b(zero|thirteen|fourteen|sixteen|seventeen|eighteen|nineteen|sixty|seventy|eighty|ninety|billion|dozen|halved|triple)\b/,
  es: /\b(cero|once|doce|trece|catorce|dieci\w+|veinti\w+|sesenta|setenta|ochenta|noventa|ciento|cientos|\w+cient[oa]s|docena)\b/,
  pt: /\b(zero|onze|doze|treze|catorze|quatorze|dezesseis|dezessete|dezoito|dezenove|sessenta|setenta|oitenta|noventa|cento|centenas|duzent[oa]s|trezent[oa]s|quinhent[oa]s|\w+cent[oa]s|duzia)\b/,
};

/**
 * A time span counted with an article or a half: "an hour", "a week late", "una semana de
 * atraso", "media hora", "um mês", "meia hora". The hint asks for "a number: time, money…",
 * so a span the answer measures is a figure, for the reviewer and the hint's check alike.
 * A point in the story is not: "a week later", "hace un mes", "um ano atrás". Days are left
 * out: "one day", "un día", "um dia" open a story. Spans with a number word or digits are
 * figures already. Folded.
 */
const countedSpans: PerLanguage = {
  en: /\b(a|an|half an?) (minute|hour|week|month|year|quarter|semester)\b(?! (later|ago|before|after|earlier|back|prior)\b)/,
  es: /(?<!\bhace )\b(un|una|media) (minuto|hora|semana|quincena|mes|ano|trimestre|semestre)\b(?! (despues|mas tarde|antes|atras)\b)/,
  pt: /(?<!\b(ha|faz) )\b(um|uma|meia) (minuto|hora|semana|quinzena|mes|ano|trimestre|semestre)\b(?! (depois|mais tarde|antes|atras)\b)/,
};

/** A figure and the word after it, as a question states it: "six months", "90 days", "los primeros seis meses". Folded. */
const figurePhrases = Object.fromEntries(
  (['en', 'es', 'pt'] as const).map((language) => [
    language,
    new RegExp(`\\b(\\d+(?:[.,]\\d+)?|${numberWords[language].source.slice(3, -3)}) \\w+`, 'g'),
  ]),
) as PerLanguage;

/**
 * The answer without the figures the question itself stated: "in the first six months I'd learn…"
 * after "what would you achieve in your first six months?" measures nothing. Folded in, folded out.
 */
function withoutQuestionFigures(folded: string, foldedQuestion: string, language: TextLanguage): string {
  const phrases = [...new Set(foldedQuestion.match(figurePhrases[language]) ?? [])];
  if (phrases.length === 0) return folded;
  return folded.replace(new RegExp(`\\b(${phrases.map(escapePattern).join('|')})\\b`, 'g'), ' ');
}

/**
 * Whether the answer gives a figure: the shared reading, a number word it lacks or a counted
 * time span, read once idioms and the question's own figures are blanked ("a hundred percent
 * sure", "one day" are none).
 */
export function toldFigure(folded: string, language: TextLanguage, foldedQuestion = ''): boolean {
  const plain = withoutIdioms(withoutQuestionFigures(folded, foldedQuestion, language), language);
  return hasFigure(plain, plain, language) || moreNumberWords[language].test(plain) || countedSpans[language].test(plain);
}

/** "I quickly paged", "I then wrote", "I also called": an adverb between "I" and the verb. Lower case. */
const adverbBetween =
  /\b(i|i've|i have) (\w+ly|then|also|just|first|finally|actually|still|even|immediately|personally|basically) (\w+)\b/gu;

/** Irregular first-person preterites, ending in neither -é nor -í: "le dije", "le di mi opinión", "disse", "dei". Lower case. */
const irregularPreterites: Partial<PerLanguage> = {
  es: /\b(dije|di|vi|traje|vine)\b/gu,
  pt: /\b(disse|dei|vi|trouxe|vim)\b/gu,
};

/*
 * Words the shared pattern takes for a past action and are none: wanting, feeling or growing
 * up ("I wanted", "I liked", "I used to", "creí", "sempre gostei", "cresci") tells no step,
 * and Spanish and Portuguese words ending like a first-person preterite ("aquí", "café",
 * "así", "aqui", "daqui", "lei") are no verb. These were the hint check's own lists; the
 * reviewer read "I wanted" and "aquí" as actions where the check did not. Lower case, with
 * accents, as the pattern reads.
 */
const notActions: Record<TextLanguage, ReadonlySet<string>> = {
  en: new Set(
    'wanted liked loved hated needed hoped wished believed assumed guessed seemed worried preferred enjoyed used supposed tended wondered feared'.split(
      ' ',
    ),
  ),
  es: new Set(
    'qué sé fé café bebé josé esté dé porqué sí mí aquí allí ahí así maní rubí ají israelí marroquí alhelí amé odié preferí creí pensé sentí crecí nací'.split(
      ' ',
    ),
  ),
  pt: new Set(
    'aqui ali daqui dali ai aí mi ti si sei lei rei daí até assim então ainda também mais depois quase gostei amei adorei odiei preferi pensei acreditei senti cresci nasci'.split(
      ' ',
    ),
  ),
};

/** Whether a found action ("i wanted", "aquí") is one of those words: its last word decides. */
const isNotAction = (found: string): boolean => {
  const last = found.split(/\s+/).pop() ?? '';
  return notActions.en.has(last) || notActions.es.has(last) || notActions.pt.has(last);
};

/** Words that deny the verb after them (one word may stand between: "nunca mais mexi", "never really used"). Lower case. */
const deniedBefore =
  /(?:^|[^\p{L}])(never|not|didn't|didnt|don't|dont|haven't|havent|nunca|no|jamas|jamás|nao|não|jamais|nem)\s+(?:\p{L}+\s+)?$/u;

/** Whether every time the action is said, it is denied ("nunca mexi no Tasy", "I never used Epic"): no action of one's own. */
function alwaysDenied(lower: string, found: string): boolean {
  const places = [...lower.matchAll(new RegExp(escapePattern(found), 'g'))].map((match) => match.index);
  return places.length > 0 && places.every((at) => deniedBefore.test(lower.slice(Math.max(0, at - 30), at)));
}

/** The candidate's own past actions: the shared reading, with an adverb before the verb and irregular preterites. */
export function toldOwnActions(answer: string, language: TextLanguage): string[] {
  const lower = answer.toLowerCase();
  // The verb after the adverb is an action when the shared reading calls "I <verb>" one.
  const withAdverb = [...lower.matchAll(adverbBetween)]
    .filter((match) => ownActions(`i ${match[3] ?? ''}`, 'en').length > 0)
    .map((match) => match[0]);
  const pattern = irregularPreterites[language];
  const irregular = pattern ? [...lower.matchAll(pattern)].map((match) => match[0]) : [];
  // "Nunca mexi no Tasy" tells what one has not done.
  return [...ownActions(answer, language), ...withAdverb, ...irregular].filter(
    (found) => !isNotAction(found) && !alwaysDenied(lower, found),
  );
}
