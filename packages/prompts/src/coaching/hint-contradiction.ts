import type { Language } from '@voxly/config';
import { textLanguageOf } from '../answers/answer-vocabulary.ts';
import { readTold } from '../review/told-reading.ts';
import type { HintAsk } from './coaching-hint.ts';

/*
 * Whether a hint asks for something the answer already does. Whether the answer gives a
 * figure, tells own actions or states a result is read with the reviewer's own reading
 * (`review/told-reading.ts`), so the hint and this check cannot disagree on those facts; a
 * second reading here disagreed with the first on idioms and time spans ("resulta que",
 * "no fim do dia", "una semana") and measured the two readings' differences, not the hint's
 * errors. Whether that shared reading is right is measured against the writers' labels
 * (`corpus/hint-evaluation.ts`, `labelledHintDisagreements`). What only a hint claims (a
 * short answer called long, a denial without a negation) is still checked here.
 */

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
  const told = readTold(answer, textLanguageOf[language]);
  const figure = told.figure;
  const actions = told.ownActions.length > 0;
  switch (asks) {
    case 'numbers':
      return figure ? 'asks for a figure the answer gives' : null;
    case 'ownActions':
      // Steps told in the present ("so I call the supplier") are the candidate's own too.
      return actions || told.presentSteps ? 'asks for own actions the answer tells' : null;
    case 'result':
      return told.result ? 'asks for a result the answer states' : null;
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
