import { describe, expect, it } from 'vitest';
import type { RouterOutputs } from '../src/api/trpc.ts';
import { progressState } from '../src/dashboard/progress-state.ts';

type Listed = RouterOutputs['interview']['list'][number];
const rated = [{ competency: 'communication', rating: 3, evidence: '…' }];
const interview = (fields: Partial<Listed>): Listed =>
  ({
    status: 'ended',
    endReason: 'completed',
    interviewMode: 'real',
    overallScore: 60,
    judged: true,
    ratings: rated,
    ...fields,
  }) as unknown as Listed;

describe('progressState', () => {
  it('charts two interviews with a score that counts', () => {
    expect(progressState([interview({}), interview({ overallScore: 72 })])).toBe('chart');
  });

  it('asks for two interviews while fewer are finished (one in progress, one never started)', () => {
    expect(progressState([interview({}), interview({ status: 'ongoing', overallScore: null, ratings: null })])).toBe('finish_two');
    expect(progressState([interview({}), interview({ endReason: 'never_started', overallScore: null, ratings: null })])).toBe('finish_two');
  });

  it('says scores are missing, not interviews, once two are finished but one has too few answers to judge', () => {
    expect(progressState([interview({}), interview({ judged: false })])).toBe('needs_scores');
    expect(progressState([interview({}), interview({ interviewMode: 'coached' })])).toBe('needs_scores');
  });
});
