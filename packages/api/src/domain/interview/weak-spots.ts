import { weakSpotLimits, type Competency, type WeakSpotFocus } from '@voxly/config';
import { foldText } from '@voxly/prompts';
import type { FeedbackContent } from '../feedback/feedback-content.ts';

/** Two wordings of one question (the report capitalises the first letter): compared folded and trimmed. */
const sameQuestion = (a: string, b: string) => foldText(a).trim() === foldText(b).trim();

/**
 * What a report found hard: its lowest-rated competencies (weakest first; ties in the
 * vocabulary's order) and its worst-scored questions, each with the competency it asked
 * about when the past interview's plan knows the question. Null when the report rated no
 * competency below 5: there is nothing to aim at. Pure.
 */
export function weakSpotsOf(
  fromInterviewId: string,
  report: Pick<FeedbackContent, 'ratings' | 'questions'>,
  askedBefore: readonly { text: string; competency: Competency }[],
): WeakSpotFocus | null {
  const rated = report.ratings
    .map((r, order) => ({ competency: r.competency, rating: r.rating, order }))
    // A 5 is not a weak spot, however it ranks.
    .filter((r): r is typeof r & { rating: number } => r.rating !== null && r.rating < 5)
    .sort((a, b) => a.rating - b.rating || a.order - b.order);
  if (rated.length === 0) return null;
  const questions = report.questions
    .map((q, order) => ({ question: q.question, rating: q.rating, order }))
    .filter((q): q is typeof q & { rating: number } => q.rating !== undefined && q.rating < 5)
    .sort((a, b) => a.rating - b.rating || a.order - b.order)
    .slice(0, weakSpotLimits.questions)
    .map(({ question, rating }) => ({
      question,
      rating,
      competency: askedBefore.find((asked) => sameQuestion(asked.text, question))?.competency ?? null,
    }));
  return {
    fromInterviewId,
    competencies: rated.slice(0, weakSpotLimits.competencies).map(({ competency, rating }) => ({ competency, rating })),
    questions,
  };
}
