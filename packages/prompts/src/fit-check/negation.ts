import type { TextLanguage } from '../field-detection/text-language.ts';
import { foldText, tokenize } from '../fold-text.ts';

/** Words that deny what follows them in the same clause, folded, in the three languages. */
const negationCues = new Set(
  'not no never dont didnt havent hasnt isnt wasnt cannot lack lacking without nor neither none nothing nunca jamas sin ningun ninguna ninguno nada tampoco nao sem nenhum nenhuma nem'.split(
    ' ',
  ),
);

/** Clause breaks: punctuation and the conjunctions that turn a sentence ("but", "pero", "mas"). */
const clauseBreak = /[.;!?\n]+|,\s*|\s(?:but|however|although|though|pero|aunque|sino|mas|porem|embora|entretanto)\s/;

export interface Clause {
  tokens: string[];
  negated: boolean;
}

/** Cues that are other words in a language: Portuguese "no" is "in the" ("trabalho no hospital"). */
const notCuesIn: Partial<Record<TextLanguage, ReadonlySet<string>>> = { pt: new Set(['no']) };

/** The candidate's text as clauses, each marked when a negation cue denies it; `language` is the text's, when known. */
export function clauses(text: string, language?: TextLanguage): Clause[] {
  const notCues = (language && notCuesIn[language]) ?? new Set<string>();
  return foldText(text)
    .split(clauseBreak)
    .map((part) => tokenize(part.replace(/n['’]t\b/g, ' not')))
    .filter((tokens) => tokens.length > 0)
    .map((tokens) => ({ tokens, negated: tokens.some((token) => negationCues.has(token) && !notCues.has(token)) }));
}
