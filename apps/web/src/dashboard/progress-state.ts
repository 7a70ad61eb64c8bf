import type { RouterOutputs } from '../api/trpc.ts';
import { inTrend } from './in-trend.ts';

type Listed = RouterOutputs['interview']['list'][number];

/**
 * What the progress card can show: the chart (two interviews in the trend), or why not yet:
 * fewer than two interviews finished, or enough finished but fewer than two with a score that
 * counts (too few answers to judge, or coached). "Finish two interviews" to someone who has
 * finished two would be untrue. Pure.
 */
export type ProgressState = 'chart' | 'finish_two' | 'needs_scores';

export function progressState(interviews: readonly Listed[]): ProgressState {
  if (interviews.filter((i) => inTrend(i) && i.ratings).length >= 2) return 'chart';
  const finished = interviews.filter((i) => i.status === 'ended' && i.endReason !== 'never_started').length;
  return finished >= 2 ? 'needs_scores' : 'finish_two';
}
