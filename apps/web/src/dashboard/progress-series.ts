import { competencies, type Competency } from '@voxly/config';
import type { RouterOutputs } from '../api/trpc.ts';
import { inTrend } from './in-trend.ts';

type Listed = RouterOutputs['interview']['list'][number];
/** Every competency a review rates (the shared vocabulary's list), one line each. */
export const chartedCompetencies = competencies;
type ChartedCompetency = Competency;

/** The newest this many reviewed interviews are charted: more points than that do not fit a phone. */
export const chartedInterviews = 10;

export interface ProgressSeries {
  /** Seconds since the epoch, oldest first. */
  times: number[];
  /** One rating per reviewed interview (null where it was not rated). */
  ratings: Record<ChartedCompetency, (number | null)[]>;
  /** The overall score (0–100) of each reviewed interview. */
  overall: number[];
}

/**
 * The newest reviewed interviews in the trend (`inTrend`: real, judged on enough answers),
 * oldest first, as one series per competency: pure, so it is tested without a browser.
 */
export function progressSeries(interviews: Listed[]): ProgressSeries {
  const reviewed = interviews
    .filter((i) => inTrend(i) && i.ratings)
    .sort((a, b) => +a.createdAt - +b.createdAt)
    .slice(-chartedInterviews);
  const ratings = Object.fromEntries(
    chartedCompetencies.map((c) => [c, reviewed.map((i) => i.ratings?.find((r) => r.competency === c)?.rating ?? null)]),
  ) as ProgressSeries['ratings'];
  return { times: reviewed.map((i) => Math.floor(+i.createdAt / 1000)), ratings, overall: reviewed.map((i) => i.overallScore ?? 0) };
}

/**
 * A name for each charted interview that no other shares: its day ("Dec 4"), with the time
 * when another interview was that day ("Dec 4, 10:32"), the seconds when that is shared too,
 * and its number as a last resort.
 */
export function pointLabels(times: readonly number[], locale: string | undefined, timeZone?: string): string[] {
  const formats: Intl.DateTimeFormatOptions[] = [
    { day: 'numeric', month: 'short' },
    { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' },
    { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', second: '2-digit' },
  ];
  const shared = (labels: string[], i: number) => labels.filter((l) => l === labels[i]).length > 1;
  let labels = times.map(() => '');
  for (const format of formats) {
    const finer = times.map((s) => new Date(s * 1000).toLocaleString(locale, { ...format, timeZone }));
    // Only the labels still shared get the finer format; the others keep the shorter one.
    labels = labels.map((label, i) => (label === '' || shared(labels, i) ? (finer[i] ?? '') : label));
  }
  return labels.map((label, i) => (shared(labels, i) ? `${label} (#${i + 1})` : label));
}

export interface SparkPoint {
  index: number;
  value: number;
  x: number;
  y: number;
}

/**
 * Where each rated point of one series sits in a `width` × `height` box (the oldest at the left,
 * evenly spaced; `range` bottom to top, inside `pad`), and the line through them, carried over
 * unrated interviews: pure geometry, drawn as SVG.
 */
export function sparkline(
  values: readonly (number | null)[],
  box: { width: number; height: number; pad: { x: number; top: number; bottom: number } },
  range: readonly [number, number],
): { points: SparkPoint[]; path: string } {
  const [low, high] = range;
  const step = values.length > 1 ? (box.width - 2 * box.pad.x) / (values.length - 1) : 0;
  const innerHeight = box.height - box.pad.top - box.pad.bottom;
  const points = values.flatMap((value, index) =>
    value === null
      ? []
      : [
          {
            index,
            value,
            x: Math.round((box.pad.x + index * step) * 10) / 10,
            y: Math.round((box.pad.top + ((high - Math.min(high, Math.max(low, value))) / (high - low)) * innerHeight) * 10) / 10,
          },
        ],
  );
  const path = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x} ${p.y}`).join(' ');
  return { points, path };
}

/** Up or down since the interview before (null when either was not rated). */
export function lastChange(values: readonly (number | null)[]): number | null {
  const last = values.at(-1);
  const before = values.at(-2);
  return last == null || before == null ? null : last - before;
}
