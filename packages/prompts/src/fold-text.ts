import { LRUCache } from 'lru-cache';

/**
 * The same answer is folded and split many times in one review (its signals, its dialog act, each
 * check of the report): the most recent texts keep their result. Long texts are not kept.
 */
const RECENT_TEXTS = 128;
const LONGEST_KEPT = 20_000;
const recentFolds = new LRUCache<string, string>({ max: RECENT_TEXTS });
const recentTokens = new LRUCache<string, readonly string[]>({ max: RECENT_TEXTS });

/** Any character outside ASCII: text without one is already in its decomposed form and has no marks. */
const NON_ASCII = /[\u0080-\uffff]/;

/** Lower case without accents, so "Ingeniería", "ingenieria" and "INGENIERÍA" match alike. */
export function foldText(text: string): string {
  const known = recentFolds.get(text);
  if (known !== undefined) return known;
  const folded = foldAnew(text);
  if (text.length <= LONGEST_KEPT) recentFolds.set(text, folded);
  return folded;
}

function foldAnew(text: string): string {
  // Most of an English interview is plain ASCII: normalising it would change nothing.
  if (!NON_ASCII.test(text)) return text.toLowerCase();
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Letters and digits: ASCII decided by its code, the rest by Unicode's categories. */
function isWordChar(code: number, char: string): boolean {
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
  return LETTER_OR_DIGIT.test(char);
}

/** The joiners a word may hold inside it: "node.js", "ci/cd", "fp&a", "back-end", "c++", "c#". */
const isJoiner = (code: number) => code === 0x2e || code === 0x26 || code === 0x2f || code === 0x2b || code === 0x23 || code === 0x2d;
/** What a word may end on besides a letter or digit: "c++", "c#". */
const isWordEnd = (code: number) => code === 0x2b || code === 0x23;

/**
 * Words as a reader sees them: letters and digits, keeping inner joiners so "node.js",
 * "ci/cd", "fp&a", "back-end" and "c++" stay one token. The same tokens as the pattern
 * /[\p{L}\p{N}][\p{L}\p{N}.&/+#-]*[\p{L}\p{N}+#]|[\p{L}\p{N}]/gu, read in one pass: every answer
 * is tokenised many times, and the pattern's backtracking was most of the review's time.
 */
export function tokenize(folded: string): string[] {
  const known = recentTokens.get(folded);
  // A copy: callers may change the list they are given.
  if (known !== undefined) return [...known];
  const tokens = tokenizeAnew(folded);
  if (folded.length <= LONGEST_KEPT) recentTokens.set(folded, tokens);
  return [...tokens];
}

function tokenizeAnew(folded: string): string[] {
  const tokens: string[] = [];
  let at = 0;
  while (at < folded.length) {
    const code = folded.codePointAt(at) ?? 0;
    const width = code > 0xffff ? 2 : 1;
    if (!isWordChar(code, folded.slice(at, at + width))) {
      at += width;
      continue;
    }
    // The run of word characters and joiners; the token ends on its last letter, digit, "+" or "#".
    let end = at + width;
    let scan = end;
    while (scan < folded.length) {
      const next = folded.codePointAt(scan) ?? 0;
      const size = next > 0xffff ? 2 : 1;
      const word = isWordChar(next, folded.slice(scan, scan + size));
      if (!word && !isJoiner(next)) break;
      scan += size;
      if (word || isWordEnd(next)) end = scan;
    }
    tokens.push(folded.slice(at, end));
    at = end;
  }
  return tokens;
}
