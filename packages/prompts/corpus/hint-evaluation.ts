import type { Language } from '@voxly/config';
import { coachingHint, type HintAsk } from '../src/coaching/coaching-hint.ts';
import { hintContradiction, type HintContradiction } from '../src/coaching/hint-contradiction.ts';

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
