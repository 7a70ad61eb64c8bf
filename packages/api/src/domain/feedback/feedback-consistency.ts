import { foldText } from '@voxly/prompts';
import type { FeedbackContent } from './feedback-content.ts';
import { contentCeiling, verdictOf, type JudgedAnswer } from './rule-based-feedback.ts';

/** What an answer off its question, or no answer, may be rated by any reviewer. */
const OFF_QUESTION_RATING = 2;

/** The start of a question, folded, to find it again in another reviewer's words. */
const keyOf = (question: string) =>
  foldText(question)
    .replace(/[^\p{L}\p{N} ]/gu, '')
    .slice(0, 50);

/**
 * A model's review held to the same measured facts as the local one: an answer our reviewer
 * found off its question or no answer is rated at most 2, an interview of mostly non-answers
 * stays below "Lean hire", and the verdict is the one its score stands for. Pure.
 */
export function consistentWithMeasures(review: FeedbackContent, judged: JudgedAnswer[]): FeedbackContent {
  const byQuestion = new Map(judged.map((j) => [keyOf(j.question), j]));
  const questions = review.questions.map((q) => {
    const measured = byQuestion.get(keyOf(q.question));
    if (!measured || (measured.review.kind === 'answer' && !measured.review.offQuestion)) return q;
    return { ...q, rating: Math.min(q.rating ?? OFF_QUESTION_RATING, OFF_QUESTION_RATING) };
  });
  const overallScore =
    judged.length === 0 ? review.overallScore : Math.min(review.overallScore, contentCeiling(judged.map((j) => j.review)));
  return { ...review, questions, overallScore, verdict: verdictOf(overallScore) };
}

/** One line of what our reviewer measured on an answer, for the model to judge beside it. */
export function measuredLine({ review }: JudgedAnswer): string {
  if (review.kind !== 'answer') return `not an answer (${review.kind.replace('_', ' ')}): rate at most 2`;
  if (review.offQuestion) return 'mostly not about this question: rate at most 2 and say so';
  const facts = [
    review.specificity.numbers ? 'gives a figure' : 'no figure',
    review.specificity.ownActions > 0 ? 'says what they did' : 'no own action',
    review.structure.result ? 'states a result' : 'no result',
  ];
  return `an answer; ${facts.join(', ')}; local score ${review.score}/5`;
}
