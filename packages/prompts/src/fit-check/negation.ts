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

/**
 * Spoken connectors, folded: a transcribed answer has no punctuation ("i work at target and i love
 * helping people so i have my cpr"), so a long run is cut where speech starts a new thought.
 */
const spokenConnectors: Record<TextLanguage, ReadonlySet<string>> = {
  en: new Set('and so because cause like um uh then also which yeah right basically honestly'.split(' ')),
  es: new Set('y entonces porque pues bueno tambien luego este osea igual ademas'.split(' ')),
  pt: new Set('e entao porque ai tipo tambem ne depois alias inclusive'.split(' ')),
};

/** A run longer than this, with no punctuation, is spoken and is cut at its connectors. */
const SPOKEN_RUN = 12;

function spokenParts(tokens: string[], language: TextLanguage): string[][] {
  if (tokens.length <= SPOKEN_RUN) return [tokens];
  const parts: string[][] = [[]];
  for (const token of tokens) {
    if (spokenConnectors[language].has(token)) parts.push([]);
    else parts[parts.length - 1]?.push(token);
  }
  return parts;
}

/**
 * The candidate's text as clauses, each marked when a negation cue denies it. With the text's
 * `language` known, Portuguese "no" is no cue and a spoken run is cut at its connectors.
 */
export function clauses(text: string, language?: TextLanguage): Clause[] {
  const notCues = (language && notCuesIn[language]) ?? new Set<string>();
  return foldText(text)
    .split(clauseBreak)
    .map((part) => tokenize(part.replace(/n['’]t\b/g, ' not')))
    .flatMap((tokens) => (language ? spokenParts(tokens, language) : [tokens]))
    .filter((tokens) => tokens.length > 0)
    .map((tokens) => ({ tokens, negated: tokens.some((token) => negationCues.has(token) && !notCues.has(token)) }));
}
