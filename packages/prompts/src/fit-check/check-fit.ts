import type { Language } from '@voxly/config';
import { classProbabilities, decideField } from '../field-detection/field-classifier.ts';
import { fieldFeatures, stemmedTokens } from '../field-detection/field-features.ts';
import { lexiconScores } from '../field-detection/lexicon-score.ts';
import { stemWord } from '../field-detection/stem-word.ts';
import { guessLanguage } from '../field-detection/text-language.ts';
import { fieldModel } from '../field-detection/trained-model.ts';
import type { FieldId } from '../fields.ts';
import { foldText, tokenize } from '../fold-text.ts';
import { fitReasons, localFieldNames } from './fit-reasons.ts';
import { jobRequirements } from './job-requirements.ts';
import { clauses } from './negation.ts';

export interface FitCheckInput {
  jobTitle: string;
  jobDescription: string;
  resumeText: string;
  /** The candidate's turns so far. */
  answers: string[];
  language: Language;
}

export interface FitVerdict {
  fits: boolean;
  /** 0–1; a "does not fit" is only ever given with high confidence. */
  confidence: number;
  /** One true sentence in the interview's language. */
  reason: string;
  /** The job's must-haves the resume and answers do not show, as the post writes them. */
  missing: string[];
}

/** Fields whose jobs need specialist training or a licence; the others take career changers. */
const specialistFields: ReadonlySet<FieldId> = new Set(['engineering', 'ai_ml', 'finance', 'healthcare', 'agriculture', 'physics']);

/** Backgrounds that carry over to the other field of the pair (a vet to dairy herds, a physicist to data science). */
const adjacentFields: Partial<Record<FieldId, FieldId[]>> = {
  engineering: ['ai_ml', 'physics'],
  ai_ml: ['engineering', 'physics', 'finance', 'marketing'],
  physics: ['engineering', 'ai_ml'],
  finance: ['ai_ml', 'physics', 'engineering'],
  healthcare: ['agriculture'],
  agriculture: ['healthcare'],
};

/** Posts that say outright that they train people from scratch. Folded. */
const trainsFromScratch =
  /\b(no experience (is )?(required|needed|necessary)|entry[- ]level|training provided|we will train you|sin experiencia|no se requiere experiencia|sem experiencia|nao e necessario experiencia|nao exigimos experiencia)\b/;

/** Lexicon weight of the job's field in the candidate's own words that counts as a background (about three field terms). */
const MIN_FIELD_VOCABULARY = 6;

/** How much of the resume, and of the answers, the check reads. */
const MAX_READ_CHARS = 6_000;

/** Below this, the job's or a neighbouring field's vocabulary in the candidate's words is a passing mention. */
const MIN_NEAR_VOCABULARY = 3;

/** A resume shorter than this, with no number in it, says too little to end an interview on. */
const MIN_RESUME_WORDS = 15;

function listed(terms: string[]): string {
  return terms.slice(0, 3).join(', ');
}

/**
 * Whether the candidate plausibly has the background the job needs, from the job's
 * must-haves and the evidence for each in the resume and the answers so far. It says
 * "does not fit" only when the job needs specialist training and the candidate shows none
 * of it (and clearly comes from elsewhere) or says they lack it; career changers into open
 * roles, adjacent fields, juniors and thin resumes fit.
 */
export function checkFit(input: FitCheckInput): FitVerdict {
  const reasons = fitReasons[input.language];
  const names = localFieldNames[input.language];
  const job = { jobTitle: input.jobTitle, jobDescription: input.jobDescription };
  const jobProbabilities = classProbabilities(fieldModel, fieldFeatures(job));
  const jobField = decideField(fieldModel, jobProbabilities);
  const requirements = jobRequirements(job, jobField.field);
  const open = { fits: true, confidence: 0.8, reason: reasons.open(), missing: [] };
  const field = jobField.field;
  if (field === 'general' || !specialistFields.has(field) || jobField.confidence < 0.55) return open;
  if (trainsFromScratch.test(foldText(`${input.jobTitle}\n${input.jobDescription}`))) return open;

  // Bounded: the first pages of a resume and of the answers say who the candidate is; reading 30 000 characters would block the event loop for tens of milliseconds.
  const candidateText = [input.resumeText.slice(0, MAX_READ_CHARS), input.answers.join('\n').slice(0, MAX_READ_CHARS)].join('\n');
  const jobLanguage = guessLanguage(`${input.jobTitle}\n${input.jobDescription}`);
  const candidateLanguage = guessLanguage(candidateText);
  const affirmed = new Set<string>();
  const denied = new Set<string>();
  let deniesField = false;
  const affirmedText: string[] = [];
  for (const clause of clauses(candidateText)) {
    const stems = new Set(clause.tokens.flatMap((token) => [stemWord(token, jobLanguage), stemWord(token, candidateLanguage)]));
    const hits = requirements.filter((requirement) => stems.has(requirement.stem)).map((requirement) => requirement.term);
    if (clause.negated) {
      for (const term of hits) denied.add(term);
      if (lexiconScores(clause.tokens.map((token) => stemWord(token, candidateLanguage)))[field] > 0) deniesField = true;
    } else {
      for (const term of hits) affirmed.add(term);
      affirmedText.push(clause.tokens.join(' '));
    }
  }
  const missing = requirements.map((requirement) => requirement.term).filter((term) => !affirmed.has(term));
  const firstLine = input.resumeText.split('\n').find((line) => line.trim() !== '') ?? '';
  const candidate = classProbabilities(fieldModel, fieldFeatures({ jobTitle: firstLine, jobDescription: affirmedText.join('.\n') }), {
    asJobPost: false,
  });
  const jobIndex = fieldModel.classes.indexOf(jobField.field);
  const shownForJob = candidate[jobIndex] ?? 0;
  let topIndex = 0;
  candidate.forEach((p, i) => {
    if (p > (candidate[topIndex] ?? 0)) topIndex = i;
  });
  const background = fieldModel.classes[topIndex] ?? 'general';
  const backgroundShare = candidate[topIndex] ?? 0;

  // The field's own vocabulary in what the candidate affirms (a career changer's tools and projects).
  const vocabulary = lexiconScores(affirmedText.flatMap((clause) => clause.split(' ').map((token) => stemWord(token, candidateLanguage))));
  const fieldVocabulary = vocabulary[field];
  if (affirmed.size >= 2 || shownForJob >= 0.25 || fieldVocabulary >= MIN_FIELD_VOCABULARY) {
    const terms = listed([...affirmed]);
    return { fits: true, confidence: 0.85, reason: reasons.shown(names[field], terms), missing };
  }
  if ((deniesField || denied.size > 0) && affirmed.size === 0) {
    return { fits: false, confidence: 0.9, reason: reasons.denied(names[field], listed(missing)), missing };
  }
  // A thin resume (short, and no years, dates or counts to anchor a background) always fits.
  const resumeWords = tokenize(foldText(input.resumeText)).length;
  if (resumeWords < MIN_RESUME_WORDS / 2 || (resumeWords < MIN_RESUME_WORDS && !/\d/.test(input.resumeText)))
    return { fits: true, confidence: 0.6, reason: reasons.tooLittle(), missing };
  // Adjacent: a field that carries over, or the field the job itself works in (an agronomist for agtech data science).
  const backgroundIndex = fieldModel.classes.indexOf(background);
  const jobLexicon = lexiconScores(stemmedTokens(foldText(input.jobDescription), jobLanguage).map(({ stem }) => stem));
  const jobWorksIn = background !== 'general' && ((jobProbabilities[backgroundIndex] ?? 0) >= 0.05 || jobLexicon[background] >= 3);
  const adjacent = (adjacentFields[field]?.includes(background) ?? false) || jobWorksIn;
  if (adjacent && backgroundShare >= 0.3) {
    return { fits: true, confidence: 0.7, reason: reasons.adjacent(names[background], names[field]), missing };
  }
  // Words of the job's field or a neighbouring one (a CS student's Python for a data role) are not "clearly elsewhere".
  // Only when that vocabulary is a real part of what they say: a nurse's one physics-like word is not.
  const nearest = Math.max(fieldVocabulary, ...(adjacentFields[field] ?? []).map((near) => (near === 'general' ? 0 : vocabulary[near])));
  const nearVocabulary = nearest >= 0.25 * Math.max(...Object.values(vocabulary)) ? nearest : 0;
  // One shared generic word ("specialist", "analyst") is not evidence; a clear other background is.
  if (affirmed.size <= 1 && nearVocabulary < MIN_NEAR_VOCABULARY && backgroundShare >= 0.4 && backgroundShare >= 2 * shownForJob) {
    return { fits: false, confidence: 0.9, reason: reasons.missing(names[field], listed(missing)), missing };
  }
  return { fits: true, confidence: 0.6, reason: reasons.unclear(), missing };
}
