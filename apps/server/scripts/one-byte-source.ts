/** A character above U+00FF, with the backslashes before it. */
const wide = /(\\*)([\u{100}-\u{10ffff}])/gu;

const escaped = (char: string) =>
  Array.from({ length: char.length }, (_, i) => `\\u${char.charCodeAt(i).toString(16).padStart(4, '0')}`).join('');

/**
 * The same JavaScript with every character above U+00FF written as a `\u` escape. V8 keeps
 * each module's source in memory, and one such character (a `’` in a regular expression,
 * which esbuild leaves as it is) makes the whole source two bytes per character. Escapes
 * mean the same in strings, templates, regular expressions and identifiers; in comments they
 * are inert. A character already escaped by an odd run of backslashes (`\’`) loses that
 * backslash, so the escape stands for the character, not for a backslash.
 */
export function oneByteSource(code: string): string {
  return code.replace(wide, (_, slashes: string, char: string) => slashes.slice(slashes.length % 2) + escaped(char));
}
