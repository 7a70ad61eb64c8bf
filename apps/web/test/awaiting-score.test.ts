import { describe, expect, it } from 'vitest';
import { awaitingScore, MAX_SCORES_ASKED, type ListedForScore } from '../src/dashboard/awaiting-score.ts';

const listed = (id: string, over: Partial<ListedForScore> = {}): ListedForScore => ({
  id,
  status: 'ended',
  endReason: 'candidate_ended',
  judged: null,
  ...over,
});

describe('awaitingScore', () => {
  it('asks for the reviews of ended interviews that have none, newest first', () => {
    expect(awaitingScore([listed('a'), listed('b')]).map((i) => i.id)).toEqual(['a', 'b']);
  });

  it.each([
    ['still going', { status: 'ongoing', endReason: null }],
    ['never started (refunded: nothing to review)', { endReason: 'never_started' }],
    ['already reviewed', { judged: true }],
    ['reviewed as too few answers to judge', { judged: false }],
  ] as const)('leaves out one %s', (_, over) => {
    expect(awaitingScore([listed('x', over)])).toEqual([]);
  });

  it(`asks for at most ${MAX_SCORES_ASKED}: the latest, which the trend reads`, () => {
    const many = ['a', 'b', 'c', 'd', 'e'].map((id) => listed(id));
    expect(awaitingScore(many).map((i) => i.id)).toEqual(['a', 'b', 'c'].slice(0, MAX_SCORES_ASKED));
  });
});
