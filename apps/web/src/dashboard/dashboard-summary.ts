import type { RouterOutputs } from '../api/trpc.ts';
import { inTrend } from './in-trend.ts';

type Listed = RouterOutputs['interview']['list'][number];
type Competency = NonNullable<Listed['ratings']>[number]['competency'];

export interface DashboardSummary {
  /** The newest reviewed interview's overall score (0–100). */
  lastScore: number;
  /** Points up or down since the reviewed interview before it; null with only one. */
  change: number | null;
  /** The competency the newest review rated lowest: the next thing to practise. */
  focus: Competency | null;
  /** The newest reviewed interview: its questions are where that competency is practised (free). */
  lastInterviewId: string;
}

/**
 * What the dashboard says first: the last score, the trend, and what to work on next, from
 * the interviews in the trend only (`inTrend`: real, judged on enough answers). Pure.
 */
export function dashboardSummary(interviews: readonly Listed[]): DashboardSummary | null {
  const reviewed = interviews.filter(inTrend).sort((a, b) => +b.createdAt - +a.createdAt);
  const [last, previous] = reviewed;
  if (!last || last.overallScore === null) return null;
  const rated = (last.ratings ?? []).filter((r): r is typeof r & { rating: number } => r.rating !== null);
  const lowest = rated.reduce<(typeof rated)[number] | null>((low, r) => (low === null || r.rating < low.rating ? r : low), null);
  return {
    lastScore: last.overallScore,
    change: previous?.overallScore != null ? last.overallScore - previous.overallScore : null,
    focus: lowest && lowest.rating < 5 ? lowest.competency : null,
    lastInterviewId: last.id,
  };
}
