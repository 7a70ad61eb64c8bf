/** Lower case without accents, so "Ingeniería", "ingenieria" and "INGENIERÍA" match alike. */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/**
 * Words as a reader sees them: letters and digits, keeping inner joiners so "node.js",
 * "ci/cd", "fp&a", "back-end" and "c++" stay one token.
 */
export function tokenize(folded: string): string[] {
  return folded.match(/[\p{L}\p{N}][\p{L}\p{N}.&/+#-]*[\p{L}\p{N}+#]|[\p{L}\p{N}]/gu) ?? [];
}
