import { fieldIds, fieldTerms, neutralPhrases, type FieldId } from './fields.ts';
import { foldText, tokenize } from './fold-text.ts';

type ScoredField = Exclude<FieldId, 'general'>;

interface TermHit {
  field: ScoredField;
  weight: number;
}

/** term (as space-joined tokens) → the fields it counts for. Built once. */
const termIndex = new Map<string, TermHit[]>();
let longestTerm = 1;
for (const [field, terms] of Object.entries(fieldTerms) as [ScoredField, Record<string, number>][]) {
  for (const [term, weight] of Object.entries(terms)) {
    const key = tokenize(foldText(term)).join(' ');
    longestTerm = Math.max(longestTerm, key.split(' ').length);
    const hits = termIndex.get(key) ?? [];
    hits.push({ field, weight });
    termIndex.set(key, hits);
  }
}

for (const phrase of neutralPhrases) {
  const key = tokenize(foldText(phrase)).join(' ');
  longestTerm = Math.max(longestTerm, key.split(' ').length);
  termIndex.set(key, []);
}

/** The same term counts at most this often per text: repetition is not expertise. */
const MAX_REPEATS = 3;

/**
 * Weighted term counts per field for one text. Longest match wins at each position, so
 * "sales engineer" counts once for Sales and not again for "engineer".
 */
export function scoreText(text: string): Record<ScoredField, number> {
  const scores = Object.fromEntries(fieldIds.filter((f) => f !== 'general').map((f) => [f, 0])) as Record<ScoredField, number>;
  const tokens = tokenize(foldText(text));
  const seen = new Map<string, number>();
  for (let i = 0; i < tokens.length;) {
    let matched = 0;
    for (let n = Math.min(longestTerm, tokens.length - i); n >= 1; n -= 1) {
      const key = tokens.slice(i, i + n).join(' ');
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

export interface FieldDetection {
  field: FieldId;
  /** 0–1: how clearly the winner beat the runner-up, scaled by how much evidence there was. */
  confidence: number;
  scores: Record<ScoredField, number>;
}

export interface FieldDetectionInput {
  jobTitle: string;
  jobDescription?: string;
  resumeText?: string;
}

/** The title names the job; the description explains it; the resume only breaks ties. */
const sourceWeights = { title: 3, description: 1, resume: 0.3 } as const;
const MIN_SCORE = 4;
const MIN_CONFIDENCE = 0.15;

/**
 * The candidate's field from the job title, description and resume: a deterministic
 * weighted-term scorer. Falls back to General when the evidence is thin or split.
 */
export function detectField({ jobTitle, jobDescription = '', resumeText = '' }: FieldDetectionInput): FieldDetection {
  const title = scoreText(jobTitle);
  const description = scoreText(jobDescription);
  const resume = scoreText(resumeText);
  const scores = { ...title };
  for (const field of Object.keys(scores) as ScoredField[]) {
    scores[field] =
      title[field] * sourceWeights.title + description[field] * sourceWeights.description + resume[field] * sourceWeights.resume;
  }
  const ranked = (Object.entries(scores) as [ScoredField, number][]).sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked as [[ScoredField, number], [ScoredField, number]];
  const margin = best[1] > 0 ? (best[1] - second[1]) / best[1] : 0;
  const evidence = Math.min(1, best[1] / 15);
  const confidence = Math.round(margin * evidence * 100) / 100;
  const field: FieldId = best[1] >= MIN_SCORE && confidence >= MIN_CONFIDENCE ? best[0] : 'general';
  return { field, confidence, scores };
}
