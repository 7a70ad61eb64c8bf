import type { Language } from '@voxly/config';
import type { HintAsk } from './coaching-hint.ts';

/*
 * Whether a hint asks for something the answer already does. Read from the answer's own
 * words with rules of its own, not from the reviewer's signals: a check built on the
 * reviewer's reading could never disagree with it.
 */

/** A figure: digits, a percentage or money sign, or a number word above one ("one" is also "a", "uno", "um"). */
const figureWords: Record<Language, RegExp> = {
  en: /\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozen|percent|half|twice|double|doubled|triple|tripled|halved)\b/,
  es: /\b(dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|quince|veinte|treinta|cuarenta|cincuenta|cien|ciento|cientos|mil|millón|millones|docena|por ciento|mitad|doble|triple)\b/,
  'pt-BR':
    /\b(dois|duas|três|quatro|cinco|seis|sete|oito|nove|dez|onze|doze|quinze|vinte|trinta|quarenta|cinquenta|cem|cento|centenas|mil|milhão|milhões|dúzia|por cento|metade|dobro|triplo)\b/,
};

export function hasFigure(answer: string, language: Language): boolean {
  const lower = answer.toLowerCase();
  return /\d|%|\$|€|£/.test(lower) || figureWords[language].test(lower);
}

/** Past verbs of wanting or feeling: "I wanted", "I liked" tell no action. */
const notActions = new Set(
  'wanted liked loved hated needed hoped wished believed assumed guessed seemed worried preferred enjoyed used supposed tended wondered feared'.split(
    ' ',
  ),
);
const enIrregular =
  'built led ran made wrote did took set found cut drove got put chose sold taught won brought began grew saw gave kept moved split went told asked sent bought caught held spoke met paid left stood dealt drew broke became came shut sought struck thought rebuilt rewrote redid oversaw overcame';
/** "I fixed", "I quickly fixed", "I then wrote", "my manager and I rebuilt": one's own action, told in the past. */
const enAction = new RegExp(
  `\\bi (?:(?:\\w+ly|then|also|just|first|finally|actually|still|even|immediately|personally) )?(\\w+ed|${enIrregular.split(' ').join('|')})\\b`,
  'g',
);

/** Spanish and Portuguese words that end like a first-person past verb and are not one. */
const esNotVerbs = new Set(
  'qué sé fé café bebé josé esté dé porqué sí mí aquí allí ahí así maní rubí ají israelí marroquí alhelí'.split(' '),
);
const ptNotVerbs = new Set(
  'aqui ali daqui dali ai aí mi ti si sei lei rei dei daí até assim aí então ainda também mais depois quase'.split(' '),
);
const esIrregular = /\b(hice|puse|tuve|fui|dije|traje|conduje|reduje|pude|supe|vine|quise|estuve|di|vi)\b/u;
const ptIrregular = /\b(fiz|pus|tive|fui|disse|trouxe|pude|soube|vim|quis|estive|dei|vi)\b/u;

/** First-person actions in the past, as written: what "say what you did" asks for. */
export function ownActionCount(answer: string, language: Language): number {
  const lower = answer.toLowerCase();
  if (language === 'en') return [...lower.matchAll(enAction)].filter((m) => !notActions.has(m[1] ?? '')).length;
  const words = lower.match(/\p{L}+/gu) ?? [];
  if (language === 'es')
    return words.filter((w) => (w.length >= 4 && /[éí]$/u.test(w) && !esNotVerbs.has(w)) || esIrregular.test(w)).length;
  return words.filter((w) => (w.length >= 4 && /(ei|i)$/u.test(w) && !ptNotVerbs.has(w)) || ptIrregular.test(w)).length;
}

/** How it ended: a change, an outcome, a before and after. */
const resultCues: Record<Language, RegExp> = {
  en: /\b(as a result|result(ed)?|ended up|in the end|eventually|which (meant|led)|so that|reduced|increased|improved|saved|dropped|fell|went (down|up|from)|halved|doubled|fixed|resolved|solved|stopped|never happened again|since then|afterwards|outcome|we (won|signed|closed|shipped|launched|hit|met))\b/,
  es: /\b(como resultado|result\p{L}*|al final|finalmente|termin[oó]|acab[oó]|redu(jo|jimos|cimos)|aument\p{L}*|mejor[oó]|ahorr\p{L}*|baj[oó]|subi[oó]|resolv\p{L}*|solucion\p{L}*|logr\p{L}*|consegu\p{L}*|desde entonces|nunca más)/u,
  'pt-BR':
    /\b(como resultado|result\p{L}*|no final|no fim|acabou|terminou|reduz\p{L}*|aument\p{L}*|melhor(ou|amos)|economiz\p{L}*|caiu|subiu|resolv\p{L}*|solucion\p{L}*|consegu\p{L}*|desde então|nunca mais)/u,
};

function hasResult(answer: string, language: Language): boolean {
  return resultCues[language].test(answer.toLowerCase());
}

/** A denial needs a negation to deny with. */
const negation: Record<Language, RegExp> = {
  en: /\b(not|never|no|don'?t|didn'?t|haven'?t|hasn'?t|can'?t|won'?t|isn'?t|wasn'?t|nothing|none)\b/,
  es: /\b(no|nunca|jamás|nada|ningún|ninguna|ninguno)\b/u,
  'pt-BR': /\b(não|nao|nunca|jamais|nada|nenhum|nenhuma)\b/u,
};

const wordCount = (answer: string): number => answer.split(/\s+/).filter((w) => /\p{L}|\d/u.test(w)).length;

/** Fewer words than this is a short answer: "it was long" cannot be said of it. */
const SHORT_ANSWER_WORDS = 40;

export type HintContradiction =
  | 'asks for a figure the answer gives'
  | 'asks for own actions the answer tells'
  | 'asks for a result the answer states'
  | 'calls a short answer long'
  | 'says nothing checkable when the answer has a figure or an action'
  | 'asks for a real case the answer tells'
  | 'calls an answer without a negation a denial'
  | 'calls an answer with words empty'
  | 'praises an answer with no figure and no action';

/**
 * What the hint asks for that the answer already does, or null when nothing: "give a figure"
 * to an answer with one, "say what you did" to one told in the first person with actions,
 * "it was long" to a short one. Hints about relevance (off the question, another story) are
 * not judged here: the answer's words alone cannot settle them. Pure.
 */
export function hintContradiction(asks: HintAsk, answer: string, language: Language): HintContradiction | null {
  const figure = hasFigure(answer, language);
  const actions = ownActionCount(answer, language) > 0;
  switch (asks) {
    case 'numbers':
      return figure ? 'asks for a figure the answer gives' : null;
    case 'ownActions':
      return actions ? 'asks for own actions the answer tells' : null;
    case 'result':
      return hasResult(answer, language) ? 'asks for a result the answer states' : null;
    case 'longWithoutFacts':
      if (wordCount(answer) < SHORT_ANSWER_WORDS) return 'calls a short answer long';
      return figure || actions ? 'says nothing checkable when the answer has a figure or an action' : null;
    case 'buzzwords':
    case 'hypothetical':
      return actions ? 'asks for a real case the answer tells' : null;
    case 'denies':
      return negation[language].test(answer.toLowerCase()) ? null : 'calls an answer without a negation a denial';
    case 'empty':
      return wordCount(answer) > 0 ? 'calls an answer with words empty' : null;
    case 'endOnChangeTip':
      // A general tip claims nothing about the answer.
      return null;
    case 'keepGoing':
      return figure || actions ? null : 'praises an answer with no figure and no action';
    default:
      return null;
  }
}
