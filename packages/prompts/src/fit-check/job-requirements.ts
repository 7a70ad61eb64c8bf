import { featureWeight } from '../field-detection/field-classifier.ts';
import { jobSections } from '../field-detection/job-sections.ts';
import { isFieldTerm } from '../field-detection/lexicon-score.ts';
import { stemWord } from '../field-detection/stem-word.ts';
import { functionWords, guessLanguage } from '../field-detection/text-language.ts';
import { fieldModel } from '../field-detection/trained-model.ts';
import type { FieldId } from '../fields.ts';
import { foldText, tokenize } from '../fold-text.ts';

export interface JobRequirement {
  /** As the post writes it (its case and accents), for the reason a candidate reads. */
  term: string;
  stem: string;
}

/** How much more a stem says "this field" than the average other field, in the trained model. */
function distinctiveness(stem: string, classIndex: number, prefix: 't:' | 'd:'): number {
  const classes = fieldModel.classes.length;
  let others = 0;
  for (let c = 0; c < classes; c += 1) if (c !== classIndex) others += featureWeight(fieldModel, `${prefix}${stem}`, c);
  return featureWeight(fieldModel, `${prefix}${stem}`, classIndex) - others / (classes - 1);
}

const MIN_DISTINCTIVENESS = 0.15;

/**
 * The job's must-haves for its field: the words of its title and description (benefits
 * left out) that the trained model most ties to that field — the specialist knowledge,
 * tools, licences and domain a candidate would have to show. Most telling first.
 */
export function jobRequirements(job: { jobTitle: string; jobDescription: string }, field: FieldId, limit = 8): JobRequirement[] {
  const classIndex = fieldModel.classes.indexOf(field);
  if (classIndex < 0 || field === 'general') return [];
  const title = job.jobTitle;
  const description = jobSections(job.jobDescription, { headings: 'drop' });
  const language = guessLanguage(foldText(`${title}\n${description}`));
  const stops = functionWords[language];
  const scored = new Map<string, JobRequirement & { score: number }>();
  for (const [text, prefix] of [
    [title, 't:'],
    [description, 'd:'],
  ] as const) {
    for (const token of tokenize(text)) {
      const folded = foldText(token);
      if (stops.has(folded) || /^\d+$/.test(folded) || folded.length < 3) continue;
      const stem = stemWord(folded, language);
      // The field's own vocabulary (a licence, a discipline, a tool) outranks words that only co-occur with it.
      const curated = isFieldTerm(stem, field) ? 1 : 0;
      const score = distinctiveness(stem, classIndex, prefix) + curated;
      const known = scored.get(stem);
      if (score >= MIN_DISTINCTIVENESS && (!known || known.score < score)) scored.set(stem, { term: token, stem, score });
    }
  }
  return [...scored.values()]
    .sort((a, b) => b.score - a.score)
    .slice(0, limit)
    .map(({ term, stem }) => ({ term, stem }));
}
