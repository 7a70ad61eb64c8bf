import { describe, expect, it } from 'vitest';
import { interviewPolicy } from '../src/interview-policy.ts';
import { policyForLength } from '../src/session-setup.ts';

const minute = 60_000;

describe('policyForLength', () => {
  it('is the base policy for the default 15 minutes', () => {
    expect(policyForLength(15)).toBe(interviewPolicy);
  });

  it('ends a 5-minute interview at 5:00, warns 3 and 1 minutes before, checks the fit a third as early', () => {
    const policy = policyForLength(5);
    expect(policy.maxDurationMs).toBe(5 * minute);
    expect(policy.warningsAtMs).toEqual([2 * minute, 4 * minute]);
    expect(policy.congruencyWindowMs).toEqual({ from: 40_000, to: 60_000 });
    expect(policy.errorRefundBeforeMs).toBe(Math.round((10 * minute) / 3));
    // The price is the same: one credit per interview, whatever its length.
    expect(policy.creditsPerInterview).toBe(interviewPolicy.creditsPerInterview);
  });

  it('scales a shortened base policy alike, never warning before the start', () => {
    const base = {
      ...interviewPolicy,
      maxDurationMs: 6_000,
      warningsAtMs: [1_000, 5_000] as const,
      congruencyWindowMs: { from: 1_000, to: 2_000 },
    };
    const policy = policyForLength(10, base);
    expect(policy.maxDurationMs).toBe(4_000);
    expect(policy.warningsAtMs).toEqual([0, 3_000]);
  });
});
