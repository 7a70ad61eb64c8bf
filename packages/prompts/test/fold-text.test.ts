import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { foldText, tokenize } from '../src/fold-text.ts';

// The pattern tokenize reads in one pass: its tokens are the definition.
const byPattern = (folded: string) => folded.match(/[\p{L}\p{N}][\p{L}\p{N}.&/+#-]*[\p{L}\p{N}+#]|[\p{L}\p{N}]/gu) ?? [];
const byNormalising = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();

/** A small seeded generator, so a failure names a string that comes back. */
function randomStrings(count: number, seed: number): string[] {
  const alphabet = [
    'a',
    'Z',
    '7',
    '.',
    '&',
    '/',
    '+',
    '#',
    '-',
    ' ',
    ',',
    '’',
    'é',
    'Ñ',
    'ç',
    'ß',
    'ﬁ',
    '²',
    '٣',
    '𝐀',
    '中',
    '\u0301',
    '\n',
    '_',
    '@',
  ];
  let state = seed;
  const next = () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state;
  };
  return Array.from({ length: count }, () => Array.from({ length: next() % 24 }, () => alphabet[next() % alphabet.length]).join(''));
}

const corpusTexts = () => {
  const folder = new URL('../corpus/tuning/', import.meta.url);
  return readdirSync(folder)
    .filter((name) => name.endsWith('.jsonl'))
    .flatMap((name) => readFileSync(new URL(name, folder), 'utf8').split('\n').filter(Boolean));
};

describe('tokenize', () => {
  it('keeps inner joiners and drops trailing ones', () => {
    expect(tokenize('node.js, ci/cd and c++ or c#; fp&a back-end. end-')).toEqual([
      'node.js',
      'ci/cd',
      'and',
      'c++',
      'or',
      'c#',
      'fp&a',
      'back-end',
      'end',
    ]);
  });

  it('reads the same tokens as its pattern on every tuning text and on random strings', () => {
    for (const text of [...corpusTexts(), ...randomStrings(5_000, 42)]) {
      const folded = foldText(text);
      expect(tokenize(folded), folded).toEqual(byPattern(folded));
      expect(tokenize(text), text).toEqual(byPattern(text));
    }
  });
});

describe('foldText', () => {
  it('folds accents and case', () => {
    expect(foldText('INGENIERÍA São Paulo ﬁle')).toBe('ingenieria sao paulo file');
  });

  it('folds as normalising does, ASCII or not', () => {
    for (const text of [...corpusTexts(), ...randomStrings(5_000, 7)]) expect(foldText(text), text).toBe(byNormalising(text));
  });
});
