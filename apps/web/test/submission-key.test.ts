import { afterEach, describe, expect, it, vi } from 'vitest';
import { newSubmissionKey } from '../src/interview/submission-key.ts';

const uuidV4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('the key of one form submission', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('is a fresh v4 UUID each time', () => {
    const keys = new Set(Array.from({ length: 50 }, newSubmissionKey));
    expect(keys.size).toBe(50);
    for (const key of keys) expect(key).toMatch(uuidV4);
  });

  it('is still a v4 UUID where randomUUID is missing (plain http on a LAN address)', () => {
    const real = globalThis.crypto;
    vi.stubGlobal('crypto', { getRandomValues: (a: Uint8Array) => real.getRandomValues(a) });
    expect(newSubmissionKey()).toMatch(uuidV4);
  });
});
