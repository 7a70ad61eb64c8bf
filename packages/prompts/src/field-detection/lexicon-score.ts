import { fieldIds, type FieldId } from '../fields.ts';
import { fieldTerms, neutralPhrases } from './field-lexicon.ts';
import { stemWord } from './stem-word.ts';

export type ScoredField = Exclude<FieldId, 'general'>;
export const scoredFields = fieldIds.filter((field): field is ScoredField => field !== 'general');

interface TermHit {
  field: ScoredField;
  weight: number;
}

/**
 * Lexicon term (as space-joined stems) → the fields it counts for, indexed under each
 * language's stems so "engenheiras agronomas" meets "engenheiro agronomo". Built once.
 */
const termIndex = new Map<string, TermHit[]>();
let longestTerm = 1;

function index(term: string, hits: TermHit[]): void {
  for (const language of ['en', 'es', 'pt'] as const) {
    const key = term
      .split(' ')
      .map((word) => stemWord(word, language))
      .join(' ');
    longestTerm = Math.max(longestTerm, key.split(' ').length);
    const known = termIndex.get(key) ?? [];
    termIndex.set(key, hits.length === 0 ? [] : [...known.filter((hit) => !hits.some((h) => h.field === hit.field)), ...hits]);
  }
}

for (const [field, terms] of Object.entries(fieldTerms) as [ScoredField, Record<string, number>][]) {
  for (const [term, weight] of Object.entries(terms)) {
    index(term, [{ field, weight }]);
    // "full stack" is also written "full-stack", "machine learning" "machine-learning".
    if (term.includes(' ') && term.split(' ').length === 2) index(term.replace(' ', '-'), [{ field, weight }]);
  }
}
for (const phrase of neutralPhrases) index(phrase, []);

/** Whether one stem is, on its own, a lexicon term of `field` (what `lexiconScores([stem])` would score above 0). */
export function isFieldTerm(stem: string, field: ScoredField): boolean {
  return termIndex.get(stem)?.some((hit) => hit.field === field && hit.weight > 0) ?? false;
}

/** The same term counts at most this often per text: repetition is not expertise. */
const MAX_REPEATS = 3;

/**
 * Weighted lexicon hits per field over a text's stems. Longest match wins at each
 * position, so "sales engineer" counts once for Sales and not again for "engineer".
 */
export function lexiconScores(stems: string[]): Record<ScoredField, number> {
  const scores = Object.fromEntries(scoredFields.map((field) => [field, 0])) as Record<ScoredField, number>;
  const seen = new Map<string, number>();
  for (let i = 0; i < stems.length;) {
    let matched = 0;
    for (let n = Math.min(longestTerm, stems.length - i); n >= 1; n -= 1) {
      const key = stems.slice(i, i + n).join(' ');
      const hits = termIndex.get(key);
      if (!hits) continue;
      const repeats = (seen.get(key) ?? 0) + 1;
      seen.set(key, repeats);
      if (repeats <= MAX_REPEATS) for (const hit of hits) scores[hit.field] += hit.weight;
      matched = n;
      break;
    }
    i += matched || 1;
  }
  return scores;
}
