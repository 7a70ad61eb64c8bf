import { describe, expect, it } from 'vitest';
import { spokenLines } from '../src/spoken-lines.ts';

/** A stand-in argument: "X" where a line writes it in, 0 where it picks a wording by number. */
const standIn = { toString: () => 'X', valueOf: () => 0 };

/** Every line a language's interviewer can say, its functions called with stand-ins (those that need more are left out). */
function allLines(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function') {
    try {
      return allLines((value as (...args: unknown[]) => unknown)(standIn, standIn, standIn));
    } catch {
      return [];
    }
  }
  if (Array.isArray(value)) return value.flatMap(allLines);
  if (value && typeof value === 'object') return Object.values(value).flatMap(allLines);
  return [];
}

/* Brazilian Portuguese quotes with “ ”; « » are Spanish (and European Portuguese) marks. */
describe('the quotes each interviewer uses', () => {
  it('quotes in Brazilian Portuguese with “ ”, never « »', () => {
    const lines = allLines(spokenLines['pt-BR']);
    expect(lines.some((line) => line.includes('“X”'))).toBe(true);
    expect(lines.filter((line) => /[«»]/.test(line))).toEqual([]);
  });
});
