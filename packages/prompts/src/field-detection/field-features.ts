import { foldText, tokenize } from '../fold-text.ts';
import { jobSections } from './job-sections.ts';
import { lexiconScores, scoredFields } from './lexicon-score.ts';
import { stemWord } from './stem-word.ts';
import { functionWords, guessLanguage, type TextLanguage } from './text-language.ts';

/** Words that rank or place a job, not what it is: kept out of the title's head. */
const rankWords = new Set(
  'senior sr sr. ssr semi semisenior junior jr jr. pleno mid lead principal staff chief head trainee intern internship estagiario becario practicante i ii iii iv remote remoto hibrido hybrid part full time tiempo parcial completo integral temporario temporal freelance contract pj clt'.split(
    ' ',
  ),
);

/** "Diseñador/a", "Engenheiro(a)", "Ingeniero/a", "(m/f/d)": the gendered suffix goes, the word stays. */
function dropGenderForms(folded: string): string {
  return folded
    .replace(/\(\s*[mfhwd](?:\s*\/\s*[mfhwxd])+\s*\)/g, ' ')
    .replace(/(\p{L})\s*\(\s*(?:a|as|o|os|es|ra|ras)\s*\)/gu, '$1')
    .replace(/(\p{L})\/(?:a|as|o|os|es|ra|ras)\b/gu, '$1');
}

export interface StemmedToken {
  token: string;
  stem: string;
}

/** A folded text's content words with their stems: no function words, no bare numbers. */
export function stemmedTokens(folded: string, language: TextLanguage, skip: ReadonlySet<string> = new Set()): StemmedToken[] {
  const stops = functionWords[language];
  return tokenize(folded)
    .filter((token) => !stops.has(token) && !skip.has(token) && !/^\d+$/.test(token))
    .map((token) => ({ token, stem: stemWord(token, language) }));
}

function contentStems(text: string, language: TextLanguage, skip?: ReadonlySet<string>): string[] {
  return stemmedTokens(text, language, skip).map(({ stem }) => stem);
}

/** Sublinear term counts, scaled to unit length so a long post does not shout. */
function addScaled(features: Map<string, number>, prefix: string, terms: string[], scale: number): void {
  const counts = new Map<string, number>();
  for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
  let norm = 0;
  for (const count of counts.values()) norm += (1 + Math.log(count)) ** 2;
  norm = Math.sqrt(norm) || 1;
  for (const [term, count] of counts) features.set(`${prefix}${term}`, (scale * (1 + Math.log(count))) / norm);
}

function bigrams(stems: string[]): string[] {
  return stems.slice(1).map((stem, index) => `${stems[index]}_${stem}`);
}

export interface FieldFeatureInput {
  jobTitle: string;
  jobDescription: string;
}

/**
 * The sparse feature vector the field classifier reads: the title's stems, its bigrams and
 * its head (first and last content word of the part before any " - ", "|", "," or "("),
 * prefixes of its words for forms the corpus never showed, and the description's stems
 * and bigrams once the benefits section and the employer's "About us" are gone (what the
 * employer is does not say what the job is).
 */
export function fieldFeatures({ jobTitle, jobDescription }: FieldFeatureInput): Map<string, number> {
  const description = foldText(jobSections(jobDescription, { headings: 'drop', company: 'drop' }));
  const title = dropGenderForms(foldText(jobTitle));
  // The title as written: its accents tell a bare title's language when no function word does.
  const language = guessLanguage(`${jobTitle}\n${description}`);
  const features = new Map<string, number>();

  const titleStems = contentStems(title, language);
  for (const stem of titleStems) features.set(`t:${stem}`, 1);
  for (const pair of bigrams(titleStems)) features.set(`tb:${pair}`, 1);
  for (const token of tokenize(title)) if (token.length >= 6) features.set(`tp:${token.slice(0, 5)}`, 1);

  const headPart = title.split(/\s[-–|@]\s|[,(|]|\s(?:at|for|en|em|para)\s/)[0] ?? '';
  const headWords = contentStems(headPart, language, rankWords);
  const first = headWords[0];
  const last = headWords[headWords.length - 1];
  if (first) features.set(`hf:${first}`, 1);
  if (last) features.set(`hl:${last}`, 1);

  const descriptionStems = contentStems(description, language);
  addScaled(features, 'd:', descriptionStems, 2);
  addScaled(features, 'db:', bigrams(descriptionStems), 1);

  // The lexicon's verdicts, damped: the model learns how far to trust each field's list.
  const titleLexicon = lexiconScores(titleStems);
  const descriptionLexicon = lexiconScores(descriptionStems);
  for (const field of scoredFields) {
    if (titleLexicon[field] > 0) features.set(`lt:${field}`, Math.log1p(titleLexicon[field]));
    if (descriptionLexicon[field] > 0) features.set(`ld:${field}`, Math.log1p(descriptionLexicon[field]));
  }
  return features;
}
