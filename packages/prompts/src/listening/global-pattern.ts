/*
 * Cue lists are written once, without the global flag, for `test`; stripping or finding every match
 * needs a global copy. Each is compiled once here rather than on every turn: a turn is read on the
 * call's hot path. A global copy is safe to share: `replace` and `matchAll` start from 0 each time.
 */
const copies = new WeakMap<RegExp, RegExp>();

/** The same pattern with the global flag, compiled once per pattern. */
export function globalPattern(pattern: RegExp): RegExp {
  const known = copies.get(pattern);
  if (known) return known;
  const copy = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  copies.set(pattern, copy);
  return copy;
}
