import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { oneByteSource } from '../scripts/one-byte-source.ts';

/** Evaluates an expression, as Node would run the bundle. */
const run = (code: string): unknown => runInNewContext(code);
const isOneByte = (code: string) => [...code].every((char) => char.charCodeAt(0) <= 0xff);

describe('oneByteSource', () => {
  it('leaves ASCII and Latin-1 alone', () => {
    const code = `/^[A-ZÀ-Ý]/.test("Álvaro")`;
    expect(oneByteSource(code)).toBe(code);
  });

  it('escapes wider characters so the code means the same', () => {
    const cases = [
      `"it’s".replace(/[’']/g, "'")`,
      '`a – b`.split(/\\s[-–|]\\s/)',
      `/n['’]t\\b/.test("don’t")`,
      `"😀 ok".replace(/😀/u, "smile")`,
      `[..."•".matchAll(/[\\•]/g)].length`,
    ];
    for (const code of cases) {
      const out = oneByteSource(code);
      expect(isOneByte(out)).toBe(true);
      expect(run(out)).toEqual(run(code));
    }
  });

  it('keeps an escaped backslash before a wide character a backslash', () => {
    const code = String.raw`"a\\’b"`;
    expect(run(oneByteSource(code))).toBe(run(code));
  });
});
