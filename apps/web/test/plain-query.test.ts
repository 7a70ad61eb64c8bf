import superjson from 'superjson';
import { describe, expect, it } from 'vitest';
import { decodeAnswer } from '../src/api/plain-query.ts';

describe('decoding a first answer', () => {
  it('reads a plain answer as it came', async () => {
    expect(await decodeAnswer(superjson.serialize({ userId: 'local:ana', name: 'Ana' }))).toEqual({ userId: 'local:ana', name: 'Ana' });
    expect(await decodeAnswer(superjson.serialize(null))).toBeNull();
  });

  it('restores what superjson marked (a date), should an answer ever carry one', async () => {
    const decoded = await decodeAnswer<{ at: Date }>(superjson.serialize({ at: new Date(0) }));
    expect(decoded.at).toBeInstanceOf(Date);
    expect(decoded.at.getTime()).toBe(0);
  });
});
