import { describe, expect, it } from 'vitest';
import { estimatedPromptTokens, firstChunkLimitMs } from '../src/domain/interview/session/first-chunk-limit.ts';

const prompt = (chars: number) => [
  { role: 'system' as const, content: 'x'.repeat(chars) },
  { role: 'user' as const, content: 'Hello.' },
];

describe('the first-chunk limit', () => {
  it('is the base limit for a hosted model, whatever the prompt', () => {
    expect(firstChunkLimitMs(prompt(40_000), { firstChunkTimeoutMs: 20_000, prefillMsPer1kTokens: 0 })).toBe(20_000);
  });

  it('grows with the prompt for a local one: base + per-1,000-token allowance', () => {
    const timings = { firstChunkTimeoutMs: 20_000, prefillMsPer1kTokens: 15_000 };
    // ~1,350 tokens (the interviewer's prompt with a short resume) took ~20 s to prefill on two cores.
    const usual = prompt(5_400);
    expect(estimatedPromptTokens(usual)).toBeGreaterThan(1_300);
    expect(firstChunkLimitMs(usual, timings)).toBeGreaterThan(40_000);
    // A long resume: minutes, not an ended call.
    expect(firstChunkLimitMs(prompt(40_000), timings)).toBeGreaterThan(150_000);
  });
});
