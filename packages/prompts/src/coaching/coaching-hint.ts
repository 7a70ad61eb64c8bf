import type { Language } from '@voxly/config';
import { textLanguageOf } from '../answers/answer-vocabulary.ts';
import type { AnswerVerdictKind } from '../prompt-types.ts';
import { reviewAnswer, type AnswerReview, type ReviewAnswerInput } from '../review/review-answer.ts';
import { reviewLines } from '../review/review-lines.ts';
import { sureClaimOrTip } from '../review/sure-claims.ts';
import { coachingLines } from './coaching-lines.ts';

type ImprovementKey = keyof (typeof reviewLines)['en']['improvements'];

/**
 * What a hint asks of the candidate: one of the review's improvements, a non-answer's line,
 * nothing ("keep that shape"), or a general tip that claims nothing about the answer.
 */
export type HintAsk = ImprovementKey | Exclude<AnswerVerdictKind, 'answer'> | 'keepGoing' | 'endOnChangeTip';

export interface CoachingHint {
  asks: HintAsk;
  /** The review's own line, in the interview's language. */
  line: string;
  /** What the interviewer says: the line, introduced as a hint. */
  spoken: string;
}

/** Which of the review's lines this is, by its text in the interview's language. */
function askOf(text: string, language: ReviewAnswerInput['language']): HintAsk | null {
  const lines = reviewLines[language];
  const found = [...Object.entries(lines.improvements), ...Object.entries(lines.kind)].find(([, line]) => line === text);
  return (found?.[0] as HintAsk | undefined) ?? null;
}

/**
 * The one hint a coached interview gives after an answer: the review's most useful
 * improvement. The reviewer lists them most important first (content before form: a denial
 * or a hypothetical, then qualities without a case, then off the question, then what is
 * missing — own actions, a result, a figure), so the first is the one to say, unless the
 * reading is unsure it is missing. Pure.
 */
export function hintFromReview(review: AnswerReview, input: Pick<ReviewAnswerInput, 'answer' | 'language'>): CoachingHint {
  const { language } = input;
  const lead = coachingLines[language].lead;
  const candidates = review.improvements.map((point) => ({ point, ask: askOf(point.text, language) }));
  const first = candidates[0];
  if (!first?.ask) {
    const line = coachingLines[language].keepGoing;
    return { asks: 'keepGoing', line, spoken: `${lead} ${afterColon(line, language)}` };
  }
  // Precise first: a hint says something is missing only when the reading is sure of it, by the same
  // decision the review's list takes (so a review built by the reviewer already carries the tip); where it
  // is not, the general tip claims nothing about the answer (the next improvement is most often "put a
  // number on it", a claim of its own).
  const asks = sureClaimOrTip(first.ask, input.answer, textLanguageOf[language]);
  const line = asks === first.ask ? first.point.text : reviewLines[language].improvements.endOnChangeTip;
  return { asks, line, spoken: `${lead} ${afterColon(line, language)}` };
}

/**
 * The hint as it follows the lead's colon: Spanish and Portuguese go on in lower case there
 * ("Uma dica antes de continuar: uma história…"); a name or an acronym keeps its capital.
 */
function afterColon(line: string, language: Language): string {
  if (language === 'en') return line;
  return /^\p{Lu}\p{Ll}/u.test(line) ? line.charAt(0).toLocaleLowerCase(language) + line.slice(1) : line;
}

/** The hint for an answer to a question, from the same local review the report uses, whoever runs the interview. Pure. */
export function coachingHint(input: ReviewAnswerInput): CoachingHint {
  return hintFromReview(reviewAnswer(input), input);
}
