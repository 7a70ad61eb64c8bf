import { foldedTurn } from './dialog-act.ts';
import { roleTopicsOf, weakRoleTopics, type RoleTopic } from './role-topics.ts';
import { aboutTheQuestion } from './turn-cues.ts';

/**
 * The question about the role a candidate puts at the end of an answer ("…overtime fell by a
 * third. Do you publish rotas far ahead here?"): what it asks about, so the interviewer can answer
 * it briefly before going on, as a person would. Only a sentence put as a question, after the
 * answer, about the role's terms; a question about the interview question ("does that answer
 * it?") or about a team or a company alone ("does your team play five-a-side?") is none. Pure.
 */
export function questionAfterAnswer(answer: string): { sentence: string; topics: RoleTopic[] } | undefined {
  const sentences = answer.split(/(?<=[.!?])\s+/).filter((sentence) => sentence.trim());
  // The answer comes first: a turn that opens with its question is read as a question, not here.
  const asked = sentences.slice(1).filter((sentence) => sentence.trim().endsWith('?'));
  for (const sentence of asked) {
    const folded = foldedTurn(sentence);
    if (aboutTheQuestion.test(folded)) continue;
    const topics = roleTopicsOf(folded);
    if (topics.some((topic) => !weakRoleTopics.has(topic))) return { sentence, topics };
  }
  return undefined;
}
