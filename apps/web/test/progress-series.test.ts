import { describe, expect, it } from 'vitest';
import type { RouterOutputs } from '../src/api/trpc.ts';
import { chartedInterviews, lastChange, pointLabels, progressSeries, sparkline } from '../src/dashboard/progress-series.ts';

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

  it('charts only the newest interviews that fit', () => {
    const many = Array.from({ length: chartedInterviews + 3 }, (_, i) => listed(i + 1, 10 + i, ratings(3, 3)));
    const series = progressSeries(many);
    expect(series.times).toHaveLength(chartedInterviews);
    expect(series.overall.at(0)).toBe(13);
  });

  it('leaves coached interviews out of the trend: their scores were earned with a hint after each answer', () => {
    const coached = { ...listed(15, 95, ratings(5, 5)), interviewMode: 'coached' } as Listed;
    const series = progressSeries([listed(20, 70, ratings(4, 5)), coached, { ...listed(10, 40, ratings(null, 2)), interviewMode: 'real' }]);
    expect(series.overall).toEqual([40, 70]);
    expect(series.times).not.toContain(Date.UTC(2026, 10, 15) / 1000);
  });

  it('leaves out a report with too few answers to judge, and keeps one not yet marked either way', () => {
    const tooFew = { ...listed(15, 12, ratings(1, 1)), judged: false } as Listed;
    const judged = { ...listed(20, 70, ratings(4, 5)), judged: true } as Listed;
    const series = progressSeries([judged, tooFew, listed(10, 40, ratings(null, 2))]);
    expect(series.overall).toEqual([40, 70]);
  });
});

describe('pointLabels', () => {
  const at = (day: number, hour: number, minute = 0) => Date.UTC(2026, 11, day, hour, minute) / 1000;

  it('names each interview by its day when no two share one', () => {
    expect(pointLabels([at(3, 9), at(4, 9)], 'en', 'UTC')).toEqual(['Dec 3', 'Dec 4']);
  });

  it('adds the time to interviews that share a day, so every label is distinct', () => {
    const labels = pointLabels([at(3, 9), at(4, 10, 5), at(4, 11, 40)], 'en', 'UTC');
    expect(labels[0]).toBe('Dec 3');
    expect(labels[1]).toMatch(/^Dec 4, 10:05/);
    expect(labels[2]).toMatch(/^Dec 4, 11:40/);
    expect(new Set(labels).size).toBe(3);
  });

  it('adds seconds to interviews that share a minute, and numbers those that share even that', () => {
    const seconds = pointLabels([at(4, 10) + 5, at(4, 10) + 40], 'en', 'UTC');
    expect(seconds[0]).toMatch(/^Dec 4, 10:00:05/);
    expect(seconds[1]).toMatch(/^Dec 4, 10:00:40/);
    const labels = pointLabels([at(4, 10), at(4, 10), at(3, 10)], 'en', 'UTC');
    expect(labels[2]).toBe('Dec 3');
    expect(labels[1]).toMatch(/\(#2\)$/);
    expect(new Set(labels).size).toBe(3);
  });

  it('speaks the UI language', () => {
    expect(pointLabels([at(3, 9), at(4, 9)], 'pt-BR', 'UTC')[1]).toMatch(/^4 de dez/);
  });
});

describe('sparkline', () => {
  const box = { width: 100, height: 60, pad: { x: 10, top: 10, bottom: 10 } };

  it('spreads points evenly from left to right and puts the top of the range at the top', () => {
    const { points, path } = sparkline([1, 5, 3], box, [1, 5]);
    expect(points.map((p) => [p.x, p.y])).toEqual([
      [10, 50],
      [50, 10],
      [90, 30],
    ]);
    expect(path).toBe('M10 50 L50 10 L90 30');
  });

  it('draws a flat series as a visible line, and carries the line over an unrated interview', () => {
    expect(sparkline([3, 3], box, [1, 5]).path).toBe('M10 30 L90 30');
    const gap = sparkline([2, null, 4], box, [1, 5]);
    expect(gap.points.map((p) => p.index)).toEqual([0, 2]);
    expect(gap.path).toBe('M10 40 L90 20');
  });

  it('has nothing to draw for a series never rated', () => {
    expect(sparkline([null, null], box, [1, 5])).toEqual({ points: [], path: '' });
  });
});

describe('lastChange', () => {
  it('is the difference between the last two ratings, or null when either is missing', () => {
    expect(lastChange([2, 4])).toBe(2);
    expect(lastChange([4, null])).toBeNull();
    expect(lastChange([5])).toBeNull();
  });
});
