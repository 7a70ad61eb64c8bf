import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';

/** Everything the committed model is a function of: the corpus and the feature code. */
const inputs = [
  'corpus/job-posts.en.txt',
  'corpus/job-posts.es.txt',
  'corpus/job-posts.pt.txt',
  'corpus/tuning/job-posts.jsonl',
  'corpus/job-post-corpus.ts',
  'corpus/corpus-split.ts',
  'corpus/train-field-model.ts',
  'scripts/train-fields.ts',
  'src/field-detection/field-features.ts',
  'src/field-detection/field-lexicon.ts',
  'src/field-detection/job-sections.ts',
  'src/field-detection/lexicon-score.ts',
  'src/field-detection/stem-word.ts',
  'src/field-detection/text-language.ts',
];
/** The per-field vocabulary files, whatever they are named. */
const lexiconFolder = 'src/field-detection/lexicon/';

/**
 * A digest of the training inputs, whitespace ignored (a reformat is not a change). The
 * train script stores it in the model; a test recomputes it, so a corpus or feature
 * change without `npm run train:fields` fails the build.
 */
export function trainingDigest(root = new URL('../', import.meta.url)): string {
  const hash = createHash('sha256');
  const lexicon = readdirSync(new URL(lexiconFolder, root))
    .filter((name) => name.endsWith('.ts'))
    .sort()
    .map((name) => lexiconFolder + name);
  for (const path of [...inputs, ...lexicon]) hash.update(readFileSync(new URL(path, root), 'utf8').replace(/\s+/g, ''));
  return hash.digest('hex').slice(0, 16);
}
