/** What a shared report shows where the candidate's name was. */
const redactedName = '…';

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A function that blanks the candidate's name in a text (each of its words, any case, as a
 * whole word), for a report shown to someone else: the greeting and any answer that named
 * them. Pure.
 */
export function nameRedactor(candidateName: string): (text: string) => string {
  const words = [...new Set((candidateName.match(/[\p{L}\p{N}'’-]+/gu) ?? []).filter((word) => word.length >= 2))].sort(
    (a, b) => b.length - a.length,
  );
  if (words.length === 0) return (text) => text;
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(${words.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  return (text) => text.replace(pattern, redactedName);
}

/** Every string in a JSON value passed through `redact` (the stored review's shape, unchanged). */
export function redactStrings<T>(value: T, redact: (text: string) => string): T {
  if (typeof value === 'string') return redact(value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => redactStrings(item, redact)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, redactStrings(item, redact)])) as T;
  }
  return value;
}
