import type { Language } from '@voxly/config';
import { namedThings, ownActions, spokenFillers, textLanguageOf } from '../answers/answer-vocabulary.ts';
import type { TextLanguage } from '../field-detection/text-language.ts';
import { foldText } from '../fold-text.ts';

const longestClause = 12;

/**
 * What a follow-up can name from the answer itself, so it refers to what the candidate
 * said rather than reciting a fixed probe: a named thing (a tool, a product, a figure) that
 * the job or resume also mentions, else the first thing they said they did ("I moved the
 * reports to Excel"), else the first thing they said their team did ("we redid the
 * moodboards": the probe then asks for their own part), in their words, cut at the clause's end.
 */
export type AnswerHook = { kind: 'named'; term: string } | { kind: 'clause'; clause: string };

/** What "we" did, on the lower-cased answer with its accents: "we rebuilt", "hicimos", "reorganizamos", "a gente revisou". */
const teamActions: Record<TextLanguage, RegExp> = {
  en: /\bwe (\w+ed|built|made|ran|wrote|did|took|set|found|cut|got|put|chose|sold|won|brought|kept|moved|split|went|told|asked|sent|caught|held|rebuilt|rewrote|redid|spent|paid|met|drew|began|grew|gave)\b/gu,
  es: /\b\p{L}{3,}(?:amos|imos)(?![\p{L}])/gu,
  pt: /\b\p{L}{3,}(?:amos|emos|imos)(?![\p{L}])|\ba gente \p{L}{3,}/gu,
};

/** The clause that starts at an action, cut at its end; none when too thin to name, too long or too full of fillers to say back. */
function clauseFrom(answer: string, action: string, language: TextLanguage): string | undefined {
  const at = answer.toLowerCase().indexOf(action);
  if (at < 0) return undefined;
  const rest = answer.slice(at).split(/[.!?;:,]|\s(?:and|but|so|because|y|pero|porque|e|mas|então|entonces)\s/)[0] ?? '';
  const words = rest.trim().split(/\s+/);
  // Too short says nothing ("I did that", "I got paged"); too long would be cut mid-phrase.
  const content = words.filter((word) => word.replace(/[^\p{L}]/gu, '').length > 3).length;
  const enough = content >= 3 || (content >= 2 && words.length >= 4);
  // "a gente fica assim né aí é isso" said back is a parody of the candidate, not a follow-up.
  const fillers = foldText(rest).match(spokenFillers[language]) !== null;
  return enough && !fillers && words.length <= longestClause ? words.join(' ') : undefined;
}

/** A named word with the capitalised words beside it: "American" of "American Heart Association" is that name's. */
function wholeName(answer: string, term: string): string {
  const words = answer.split(/\s+/);
  const clean = (word: string) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}+#%]+$/gu, '');
  const at = words.findIndex((word) => clean(word) === term);
  if (at < 0) return term;
  // A capitalised word of the name: not "I", not a sentence's first word, nothing across punctuation.
  const ofName = (i: number) => {
    const word = clean(words[i] ?? '');
    return i > 0 && word.length > 1 && /^\p{Lu}/u.test(word) && !/[.!?:;,]$/.test(words[i - 1] ?? '');
  };
  let start = at;
  while (start > 0 && ofName(start - 1) && !/[.!?:;,]$/.test(words[start - 1] ?? '')) start -= 1;
  let end = at;
  while (end + 1 < words.length && ofName(end + 1)) end += 1;
  return words
    .slice(start, end + 1)
    .map(clean)
    .join(' ');
}

/**
 * A sentence that denies having used, known or listed something ("my resume doesn't list Power BI",
 * "I've never used it", "nunca usé SAP", "não conheço o Tasy"): what it names is not the candidate's
 * to be asked about. A plain "no" elsewhere ("we didn't wait, we moved to Jira") is no denial. Folded.
 */
const deniesUse: Record<TextLanguage, RegExp> = {
  en: /(\b(not|never|no)\b|n't\b|\b(dont|doesnt|didnt|havent|hasnt|cant)\b).*\b(use|used|using|worked|work|know|knew|experience|list|listed|lists|touched|tried|learned|familiar|training|trained|degree|studied|licen[cs]e)\b/,
  es: /\b(no|nunca|jamas)\b.*\b(uso|use|usado|usar|trabaje|trabajado|conozco|conoci|experiencia|maneje|manejado|manejo|toque|tocado|aparece|figura|formacion|titulo|estudie|estudiado|licencia)\b/,
  pt: /\b(nao|nunca|jamais)\b.*\b(uso|usei|usar|trabalhei|conheco|conheci|experiencia|mexi|mexo|operei|aparece|consta|formacao|estudei|curso|registro)\b/,
};

export function answerHook(answer: string, language: Language, isKnownTerm: (term: string) => boolean): AnswerHook | undefined {
  // A name is said back only from a sentence (or the part after its "but") that affirms: "You mentioned Power BI" after
  // "I've never used Power BI" mocks.
  const affirming = answer
    .split(/(?<=[.!?;])\s+|;\s*|,?\s\b(?:but|pero|mas|porém|though|however|sin embargo|aunque)\b/i)
    .filter((sentence) => !deniesUse[textLanguageOf[language]].test(foldText(sentence).replace(/[’']/g, "'")))
    .join(' ');
  const named = namedThings(affirming).find((term) => isKnownTerm(term));
  if (named) return { kind: 'named', term: wholeName(answer, named) };
  const lower = answer.toLowerCase();
  const actions = [
    ...ownActions(answer, textLanguageOf[language]),
    ...[...lower.matchAll(teamActions[textLanguageOf[language]])].map((m) => m[0]),
  ];
  for (const action of new Set(actions)) {
    const clause = clauseFrom(answer, action, textLanguageOf[language]);
    if (clause) return { kind: 'clause', clause };
  }
  return undefined;
}
