import { describe, expect, it } from 'vitest';
import { levelOf, microphoneProblem } from '../src/interview/use-microphone-level.ts';

describe('the microphone check', () => {
  it('measures silence as 0 and a full-scale square wave as 1', () => {
    expect(levelOf(new Uint8Array(512).fill(128))).toBe(0);
    const square = Uint8Array.from({ length: 512 }, (_, i) => (i % 2 ? 0 : 256 - 1));
    expect(levelOf(square)).toBeGreaterThan(0.99);
    expect(levelOf(new Uint8Array(0))).toBe(0);
  });

  it('tells a blocked microphone from a missing one', () => {
    expect(microphoneProblem({ name: 'NotAllowedError' })).toBe('blocked');
    expect(microphoneProblem({ name: 'NotFoundError' })).toBe('missing');
    expect(microphoneProblem(new Error('boom'))).toBe('failed');
    expect(microphoneProblem(null)).toBe('failed');
  });
});
