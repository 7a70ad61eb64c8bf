import type { Language } from '@voxly/config';
import { coachingHint, type HintAsk } from '../src/coaching/coaching-hint.ts';
import { hintContradiction, type HintContradiction } from '../src/coaching/hint-contradiction.ts';
import { reviewAnswer } from '../src/review/review-answer.ts';
import { reviewLines } from '../src/review/review-lines.ts';

export interface HintFinding {
  id: string;
  asks: HintAsk;
  problem: HintContradiction;
  answer: string;
}

export interface HintFigures {
  answers: number;
  /** How often each kind of hint was given. */
  byAsk: Partial<Record<HintAsk, number>>;
  findings: HintFinding[];
}

/** The coached interview's hint for each graded answer, checked against the answer's own words. */
export function hintContradictionFigures(
  answers: readonly { id: string; question: string; jobTitle: string; answer: string; interviewLanguage: Language }[],
): HintFigures {
  const figures: HintFigures = { answers: answers.length, byAsk: {}, findings: [] };
  for (const a of answers) {
    const hint = coachingHint({
      question: a.question,
      jobTitle: a.jobTitle,
      jobDescription: '',
      answer: a.answer,
      language: a.interviewLanguage,
    });
    figures.byAsk[hint.asks] = (figures.byAsk[hint.asks] ?? 0) + 1;
    const problem = hintContradiction(hint.asks, a.answer, a.interviewLanguage);
    if (problem) figures.findings.push({ id: a.id, asks: hint.asks, problem, answer: a.answer });
  }
  return figures;
}

export interface LatentFigures {
  answers: number;
  /** Improvements listed, of the kinds the checker can judge. */
  listed: number;
  /** Per kind of improvement, how many the checker finds untrue of the answer. */
  byAsk: Partial<Record<HintAsk, number>>;
  findings: HintFinding[];
}

/** Which of the review's lines a point is, by its text: an improvement or a non-answer's line. */
function askOfLine(text: string, language: Language): HintAsk | null {
  const lines = reviewLines[language];
  const found = [...Object.entries(lines.improvements), ...Object.entries(lines.kind)].find(([, line]) => line === text);
  return (found?.[0] as HintAsk | undefined) ?? null;
}

/**
 * Every improvement the review lists, not only the first that becomes the hint, checked
 * against the answer's own words: each one untrue of the answer is a contradiction the
 * ranking happens to hide today, and one a change of order would say aloud.
 */
export function latentHintDisagreements(
  answers: readonly { id: string; question: string; jobTitle: string; answer: string; interviewLanguage: Language }[],
): LatentFigures {
  const figures: LatentFigures = { answers: answers.length, listed: 0, byAsk: {}, findings: [] };
  for (const a of answers) {
    const language = a.interviewLanguage;
    const review = reviewAnswer({ question: a.question, jobTitle: a.jobTitle, jobDescription: '', answer: a.answer, language });
    for (const point of review.improvements) {
      const asks = askOfLine(point.text, language);
      if (!asks) continue;
      figures.listed += 1;
      const problem = hintContradiction(asks, a.answer, language);
      if (!problem) continue;
      figures.byAsk[asks] = (figures.byAsk[asks] ?? 0) + 1;
      figures.findings.push({ id: a.id, asks, problem, answer: a.answer });
    }
  }
  return figures;
}
