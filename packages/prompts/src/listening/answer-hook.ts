import type { Language } from '@voxly/config';
import { namedThings, ownActions, textLanguageOf } from '../answers/answer-vocabulary.ts';

const longestClause = 12;

/**
 * What a follow-up can name from the answer itself, so it refers to what the candidate
 * said rather than reciting a fixed probe: a named thing (a tool, a product, a figure) that
 * the job or resume also mentions, else the first thing they said they did ("I moved the
 * reports to Excel"), in their words, cut at the clause's end.
 */
export type AnswerHook = { kind: 'named'; term: string } | { kind: 'clause'; clause: string };

export function answerHook(answer: string, language: Language, isKnownTerm: (term: string) => boolean): AnswerHook | undefined {
  const named = namedThings(answer).find((term) => isKnownTerm(term));
  if (named) return { kind: 'named', term: named };
  const [action] = ownActions(answer, textLanguageOf[language]);
  if (!action) return undefined;
  const at = answer.toLowerCase().indexOf(action);
  if (at < 0) return undefined;
  const rest = answer.slice(at).split(/[.!?;:,]|\s(?:and|but|so|because|y|pero|porque|e|mas|então|entonces)\s/)[0] ?? '';
  const words = rest.trim().split(/\s+/);
  // Too short says nothing ("I did that"); too long would be cut mid-phrase: a plain follow-up is better then.
  const content = words.filter((word) => word.replace(/[^\p{L}]/gu, '').length > 3).length;
  if (content < 3 || words.length > longestClause) return undefined;
  return { kind: 'clause', clause: words.join(' ') };
}
