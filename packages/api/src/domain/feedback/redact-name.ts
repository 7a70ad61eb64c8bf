/** What a shared report shows where the candidate's name was. */
const redactedName = '…';

/**
 * Small words that join the parts of many names ("Ana de la Cruz", "van Dijk"): blanking them
 * on their own would mangle ordinary text, and they say nothing of who the person is.
 */
const particles = new Set([
  'al',
  'bin',
  'd',
  'da',
  'das',
  'de',
  'del',
  'della',
  'den',
  'der',
  'di',
  'do',
  'dos',
  'du',
  'e',
  'el',
  'ibn',
  'la',
  'le',
  'of',
  'ten',
  'ter',
  'van',
  'von',
  'y',
]);

/** How a word is compared: without accents, case or the kind of apostrophe ("Núñez" = "NUNEZ"). */
const fold = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '').replace(/’/g, "'").toLowerCase();

/** A word of text, with the hyphens and apostrophes that join compound names ("Quixote-Marpleton", "O’Brien"). */
const compoundWord = /[\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)*/gu;
const joiner = /(['’-])/;
const blanksJoined = new RegExp(`${redactedName}(?:['’-]${redactedName})+`, 'g');

/**
 * A function that blanks the candidate's name in a text, for a report shown to someone else:
 * the greeting and any answer that named them. Every part of the name counts on its own, as a
 * whole word, in any case, with or without its accents: "Marpleton" and "MARPLETON" are blanked
 * for "Quixote-Marpleton", "Nunez" for "Núñez"; particles ("de", "van") only as part of the
 * whole name. A compound word made only of the name's parts becomes one blank. Pure.
 */
export function nameRedactor(candidateName: string): (text: string) => string {
  const whole = (candidateName.match(compoundWord) ?? []).map(fold);
  const parts = whole.flatMap((word) => word.split(joiner)).filter((part) => !joiner.test(part));
  const names = new Set([...whole, ...parts].filter((word) => word.length >= 2 && !particles.has(word)));
  if (names.size === 0) return (text) => text;
  return (text) =>
    text.replace(compoundWord, (word) => {
      if (names.has(fold(word))) return redactedName;
      const pieces = word.split(joiner).map((piece, i) => (i % 2 === 0 && names.has(fold(piece)) ? redactedName : piece));
      // Blanks joined to blanks are one ("Quixote-Marpleton’s" → "…’s"): the shape of a name says something too.
      return pieces.join('').replace(blanksJoined, redactedName);
    });
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
