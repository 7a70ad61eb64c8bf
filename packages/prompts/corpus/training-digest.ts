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
  'corpus/train-logistic.ts',
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
  const lexicon = readdirSync(new URL(lexiconFolder, root))
    .filter((name) => name.endsWith('.ts'))
    .sort()
    .map((name) => lexiconFolder + name);
  return digestOf([...inputs, ...lexicon], root);
}

/** Everything the turn reader is a function of: its tuning turns, its features and the cues they read. */
const turnInputs = [
  'corpus/tuning/dialog-acts.jsonl',
  'corpus/tuning/graded-answers.jsonl',
  'corpus/train-logistic.ts',
  'scripts/train-turns.ts',
  'src/listening/turn-features.ts',
  'src/listening/turn-cues.ts',
  'src/listening/role-topics.ts',
  'src/listening/dialog-act.ts',
  'src/listening/missed-question.ts',
  'src/listening/readings-offered.ts',
  'src/listening/louder-language.ts',
  'src/answers/answer-vocabulary.ts',
];

/** The same check for the turn reader (`npm run train:turns`). */
export function turnTrainingDigest(root = new URL('../', import.meta.url)): string {
  return digestOf(turnInputs, root);
}

/** Files' contents hashed in order, whitespace ignored. */
function digestOf(paths: readonly string[], root: URL): string {
  const hash = createHash('sha256');
  for (const path of paths) hash.update(readFileSync(new URL(path, root), 'utf8').replace(/\s+/g, ''));
  return hash.digest('hex').slice(0, 16);
}
