import { describe, expect, it } from 'vitest';
import type { RouterOutputs } from '../src/api/trpc.ts';
import { dashboardSummary } from '../src/dashboard/dashboard-summary.ts';

type Listed = RouterOutputs['interview']['list'][number];
const rated = (technical: number | null, communication: number) =>
  (['technical_depth', 'problem_solving', 'communication', 'role_fit', 'behavioural'] as const).map((competency) => ({
    competency,
    rating: competency === 'technical_depth' ? technical : competency === 'communication' ? communication : 4,
    evidence: '…',
  }));
const listed = (day: number, overallScore: number | null, ratings: ReturnType<typeof rated> | null): Listed =>
  ({ id: `i${day}`, createdAt: new Date(Date.UTC(2026, 10, day)), overallScore, ratings }) as unknown as Listed;

describe('the dashboard’s summary', () => {
  it('says nothing before a review exists', () => {
    expect(dashboardSummary([])).toBeNull();
    expect(dashboardSummary([listed(3, null, null)])).toBeNull();
  });

  it('gives the newest score, the change since the one before, and the lowest-rated competency', () => {
    const summary = dashboardSummary([listed(10, 55, rated(4, 2)), listed(20, 70, rated(2, 5)), listed(25, null, null)]);
    expect(summary).toEqual({ lastScore: 70, change: 15, focus: 'technical_depth', lastInterviewId: 'i20' });
  });

  it('reads real interviews only: a coached score neither is the last score nor moves the change', () => {
    const coached = { ...listed(30, 95, rated(5, 5)), interviewMode: 'coached' } as Listed;
    const summary = dashboardSummary([listed(10, 55, rated(4, 2)), coached, listed(20, 70, rated(2, 5))]);
    expect(summary).toEqual({ lastScore: 70, change: 15, focus: 'technical_depth', lastInterviewId: 'i20' });
  });

  it('leaves out a report with too few answers to judge: it neither is the last score nor moves the change', () => {
    const tooFew = { ...listed(30, 20, rated(1, 1)), judged: false } as Listed;
    const summary = dashboardSummary([listed(10, 55, rated(4, 2)), listed(20, 70, rated(2, 5)), tooFew]);
    expect(summary).toEqual({ lastScore: 70, change: 15, focus: 'technical_depth', lastInterviewId: 'i20' });
  });

  it('has no change with one review, and no focus where nothing was rated below 5', () => {
    expect(
      dashboardSummary([
        listed(
          1,
          40,
          rated(null, 5).map((r) => ({ ...r, rating: r.rating === null ? null : 5 })),
        ),
      ]),
    ).toEqual({
      lastScore: 40,
      change: null,
      focus: null,
      lastInterviewId: 'i1',
    });
  });
});
