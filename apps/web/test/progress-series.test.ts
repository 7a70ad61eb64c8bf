import { describe, expect, it } from 'vitest';
import type { RouterOutputs } from '../src/api/trpc.ts';
import { progressSeries } from '../src/dashboard/progress-series.ts';

type Listed = RouterOutputs['interview']['list'][number];
const ratings = (technical: number | null, communication: number) =>
  (['technical_depth', 'problem_solving', 'communication', 'role_fit', 'behavioural'] as const).map((competency) => ({
    competency,
    rating: competency === 'technical_depth' ? technical : competency === 'communication' ? communication : 3,
    evidence: '…',
  }));
const listed = (day: number, overallScore: number | null, rated: ReturnType<typeof ratings> | null): Listed =>
  ({ id: `i${day}`, createdAt: new Date(Date.UTC(2026, 10, day)), overallScore, ratings: rated }) as unknown as Listed;

describe('progressSeries', () => {
  it('charts reviewed interviews only, oldest first, one series per competency', () => {
    const series = progressSeries([
      listed(20, 70, ratings(4, 5)), // the list comes newest first
      listed(18, null, null), // not reviewed yet
      listed(10, 40, ratings(null, 2)),
    ]);
    expect(series.times).toEqual([Date.UTC(2026, 10, 10) / 1000, Date.UTC(2026, 10, 20) / 1000]);
    expect(series.ratings.technical_depth).toEqual([null, 4]);
    expect(series.ratings.communication).toEqual([2, 5]);
    expect(series.ratings.role_fit).toEqual([3, 3]);
    expect(series.overall).toEqual([40, 70]);
  });
});
