import type { TextLanguage } from '../field-detection/text-language.ts';
import { tokenize } from '../fold-text.ts';
import { roleTopicsOf, weakRoleTopics, type RoleTopic } from './role-topics.ts';
import { aboutTheQuestion, closingCues, cued, isQuestion, leisureSaid, workSaid } from './turn-cues.ts';

/*
 * "How do you split the work between projects? And what's the ratio on your crews? Okay. Cool.
 * Thanks for your time": the candidate's own questions, with a goodbye after them, are questions
 * about the role, not an answer and not a goodbye. Read apart from the hand-written rules the
 * trained turn reader is fitted on, so the reader is the same function of its tuning turns.
 */

/** A reaction to what was just heard, with nothing in it: "okay", "cool", "that's fair", "buenísimo", "que bom". Folded. */
const bareReaction =
  /^(yeah|yes|ok|okay|cool|great|perfect|awesome|nice|got it|i see|right|sure|fair|that'?s (fair|great|good|cool|helpful|interesting)|good to know|makes sense|sounds good|vale|bueno|buenisimo|genial|perfecto|claro|entiendo|ya veo|que bueno|legal|otimo|perfeito|que bom|beleza|entendi|show|massa|ah|oh)\b/;

/** Words a closing sentence may have besides its cue: "thanks for your time, I appreciate it" is all closing. */
const CLOSING_SENTENCE_WORDS = 12;

/**
 * The turn without the closing it ends on: short trailing sentences that thank, say goodbye or
 * only react are left off; a sentence that asks or gives a figure is kept. Folded in, folded out.
 */
function withoutClosingTail(folded: string, language: TextLanguage): string {
  const sentences = folded.split(/(?<=[.!?])\s+/);
  while (sentences.length > 1) {
    const last = (sentences.at(-1) ?? '').trim();
    const closing = cued(closingCues, last, language) || bareReaction.test(last);
    // "Obrigada, adorei conhecer vocês" is all goodbye, whatever its verb; a figure is not.
    if (last.includes('?') || tokenize(last).length > CLOSING_SENTENCE_WORDS || !closing || /\d/.test(last)) break;
    sentences.pop();
  }
  return sentences.join(' ');
}

/** A question asked in so many words: "my question is…", "quería preguntarle si…", "minha pergunta é…". Folded. */
const askedInWords =
  /\b((my|one|the other) question (is|was|would be)|questions?:|i'?d (like|love) to (know|ask)|(queria|quisiera|me gustaria) (saber|preguntar(le|les)?)|(mi|una) pregunta (es|seria)|preguntas:|(queria|gostaria de) (saber|perguntar|te perguntar)|(minha|uma) pergunta (e|seria)|perguntas:)/;

/** A question put to the interviewer or the employer: "do you guys", "your crews", "ustedes", "vocês", "here". Folded. */
const toTheEmployer = /\b(you|your|you guys|y'?all|here|ustedes|usted|su equipo|aca|aqui|voces|voce|cês|ces|la empresa|a empresa)\b/;

/** The longest turn read as the candidate's own questions: one question, or two and more. */
const ONE_QUESTION_WORDS = 40;
const TWO_QUESTIONS_WORDS = 50;
/** Words of work told before the first question that make the turn an answer with a question after it. */
const ANSWER_BEFORE_QUESTION_WORDS = 12;

/**
 * What the candidate's own questions ask about (no topic we know: an empty list), when the turn is
 * those questions with a goodbye or a reaction after them and no story told first; otherwise
 * undefined. Folded turn. Pure.
 */
export function ownQuestionsBeforeGoodbye(folded: string, language: TextLanguage): RoleTopic[] | undefined {
  const asking = withoutClosingTail(folded, language);
  if (asking === folded) return undefined;
  const words = tokenize(asking).length;
  const marks = (asking.match(/\?/g) ?? []).length;
  if (words > (marks >= 2 ? TWO_QUESTIONS_WORDS : ONE_QUESTION_WORDS)) return undefined;
  if (!isQuestion(asking, language) && !askedInWords.test(asking)) return undefined;
  // Work told before the first question makes the turn an answer; a sentence that itself asks is none.
  const firstAsked = asking.indexOf('?');
  const told = (firstAsked < 0 ? '' : asking.slice(0, firstAsked).replace(/[^.!]*$/, ''))
    .split(/(?<=[.!])\s+/)
    .filter((sentence) => !askedInWords.test(sentence))
    .join(' ');
  if (tokenize(told).length >= ANSWER_BEFORE_QUESTION_WORDS && (workSaid(told, language) || /\d/.test(told))) return undefined;
  if (aboutTheQuestion.test(asking)) return undefined;
  const topics = roleTopicsOf(asking);
  // "Você torce pra algum time?": a team or a company in small talk is not the role's.
  if (leisureSaid(asking, language) && topics.every((topic) => weakRoleTopics.has(topic))) return undefined;
  // Put to the employer without a topic we know ("how do you guys split the work?"): a question for the hiring team.
  return topics.length > 0 || toTheEmployer.test(asking) ? topics : undefined;
}
