import { competencies, type Competency } from '@voxly/config';
import type { RouterOutputs } from '../api/trpc.ts';

type Listed = RouterOutputs['interview']['list'][number];
/** Every competency a review rates (the shared vocabulary's list), one line each. */
export const chartedCompetencies = competencies;
type ChartedCompetency = Competency;

export interface ProgressSeries {
  /** Seconds since the epoch, oldest first (uPlot's x axis). */
  times: number[];
  /** One rating per reviewed interview (null where it was not rated). */
  ratings: Record<ChartedCompetency, (number | null)[]>;
  /** The overall score (0–100) of each reviewed interview. */
  overall: number[];
}

/** Reviewed interviews, oldest first, as one series per competency: pure, so it is tested without a canvas. */
export function progressSeries(interviews: Listed[]): ProgressSeries {
  const reviewed = interviews.filter((i) => i.ratings && i.overallScore !== null).sort((a, b) => +a.createdAt - +b.createdAt);
  const ratings = Object.fromEntries(
    chartedCompetencies.map((c) => [c, reviewed.map((i) => i.ratings?.find((r) => r.competency === c)?.rating ?? null)]),
  ) as ProgressSeries['ratings'];
  return { times: reviewed.map((i) => Math.floor(+i.createdAt / 1000)), ratings, overall: reviewed.map((i) => i.overallScore ?? 0) };
}
