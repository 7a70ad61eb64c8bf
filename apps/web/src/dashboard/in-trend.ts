import type { RouterOutputs } from '../api/trpc.ts';

type Listed = RouterOutputs['interview']['list'][number];

/**
 * Whether an interview's score belongs in the progress trend (the last score, its change, the
 * chart): a real interview with a score, judged on enough answers. A coached score was earned
 * with a hint after each answer, and one with too few answers is no verdict: both would move
 * the trend for the wrong reason. Pure.
 */
export function inTrend(interview: Pick<Listed, 'interviewMode' | 'overallScore' | 'judged'>): boolean {
  return interview.interviewMode !== 'coached' && interview.overallScore !== null && interview.judged !== false;
}
