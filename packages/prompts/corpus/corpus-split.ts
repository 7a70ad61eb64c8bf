/** FNV-1a: a stable hash, so an item's side of the split never changes between runs. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

export type Split = 'train' | 'heldOut';

/** Each item's side of the one train / held-out split: 30 % held out, decided by its own text. */
export function splitOf(text: string): Split {
  return hash(text) % 100 < 30 ? 'heldOut' : 'train';
}

/** The cross-validation fold of an item, by its own text: every post with one title lands in one fold. */
export function foldOf(text: string, folds: number): number {
  return hash(`fold:${text}`) % folds;
}

/** A small seeded generator (mulberry32): the same corpus on every machine. */
export function seededRandom(seedText: string): () => number {
  let seed = hash(seedText);
  return () => {
    seed = (seed + 0x6d2b79f5) >>> 0;
    let t = seed;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
