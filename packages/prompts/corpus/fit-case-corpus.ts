import { readFileSync } from 'node:fs';
import type { Language } from '@voxly/config';
import type { FieldId } from '../src/fields.ts';
import { splitOf, type Split } from './corpus-split.ts';
import { corpusLanguages, interviewLanguageOf, type CorpusLanguage } from './job-post-corpus.ts';

export interface FitCase {
  language: CorpusLanguage;
  /** The interview's language, as checkFit takes it. */
  interviewLanguage: Language;
  job: string;
  background: string;
  jobTitle: string;
  jobDescription: string;
  resumeText: string;
  answers: string[];
  fits: boolean;
  /** A fit a naive check would get wrong: adjacent field, career changer, thin or foreign-language resume. */
  hard: boolean;
  split: Split;
}

interface Documents {
  jobs: Map<string, { field: FieldId; title: string; description: string }>;
  resumes: Map<string, string>;
  answers: Map<string, string[]>;
  denials: Map<string, string>;
}

function parseDocuments(text: string): Documents {
  const documents: Documents = { jobs: new Map(), resumes: new Map(), answers: new Map(), denials: new Map() };
  for (const line of text.split('\n')) {
    const [head = '', ...rest] = line.split(' | ');
    const [tag, id = '', field = ''] = head.split(' ');
    if (tag === 'J') documents.jobs.set(id, { field: field as FieldId, title: rest[0] ?? '', description: rest[1] ?? '' });
    else if (tag === 'R') documents.resumes.set(id, rest.join(' | ').split(' / ').join('\n'));
    else if (tag === 'A') documents.answers.set(id, [...(documents.answers.get(id) ?? []), rest.join(' | ')]);
    else if (tag === 'D') documents.denials.set(id, rest.join(' | '));
  }
  return documents;
}

interface Pairing {
  job: string;
  background: string;
  fits: boolean;
  denies: boolean;
}

function parsePairs(text: string): Pairing[] {
  const pairs: Pairing[] = [];
  for (const line of text.split('\n')) {
    const match = /^([FM]) (\w+): (.+)$/.exec(line.trim());
    if (!match) continue;
    const [, kind, job = '', ids = ''] = match;
    for (const id of ids.split(/\s+/)) pairs.push({ job, background: id.replace('!', ''), fits: kind === 'F', denies: id.endsWith('!') });
  }
  return pairs;
}

/** Backgrounds whose fit a naive keyword check gets wrong when it does fit. */
const hardBackgrounds = new Set(['bootcamp', 'student', 'thin']);

/**
 * The labelled fit cases: every (job, background) pairing of fit-pairs.txt in each
 * language, with the background's first-minute answers (and a denial where marked), plus
 * each fitting pairing once more with the resume and answers in the next language. A
 * pairing is on one side of the split in every language, so held-out pairings are unseen.
 */
export function fitCaseCorpus(directory = new URL('.', import.meta.url)): FitCase[] {
  return buildCases(directory, corpusLanguages, (job, background) => splitOf(`${job}:${background}`));
}

/**
 * The second English set (corpus/fresh): new jobs and backgrounds written after the check
 * was built and first measured, all held out, never tuned on.
 */
export function freshFitCases(directory = new URL('fresh/', import.meta.url)): FitCase[] {
  return buildCases(directory, ['en'], () => 'heldOut');
}

function buildCases(directory: URL, languages: CorpusLanguage[], sideOf: (job: string, background: string) => Split): FitCase[] {
  const pairs = parsePairs(readFileSync(new URL('fit-pairs.txt', directory), 'utf8'));
  const documents = Object.fromEntries(
    languages.map((language) => [language, parseDocuments(readFileSync(new URL(`fit-cases.${language}.txt`, directory), 'utf8'))]),
  ) as Record<CorpusLanguage, Documents>;
  const cases: FitCase[] = [];
  languages.forEach((language, index) => {
    const other = languages[(index + 1) % languages.length] as CorpusLanguage;
    const mine = documents[language];
    for (const pair of pairs) {
      const job = mine.jobs.get(pair.job);
      if (!job) throw new Error(`fit-pairs.txt names job ${pair.job}, which fit-cases.${language}.txt lacks`);
      const split = sideOf(pair.job, pair.background);
      const build = (from: Documents, foreign: boolean): FitCase => {
        const resumeText = from.resumes.get(pair.background);
        const answers = from.answers.get(pair.background);
        if (resumeText === undefined || !answers) throw new Error(`No resume or answers for ${pair.background} (${language})`);
        const denial = pair.denies ? mine.denials.get(job.field) : undefined;
        return {
          language,
          interviewLanguage: interviewLanguageOf[language],
          job: pair.job,
          background: foreign ? `${pair.background} (${other})` : pair.background,
          jobTitle: job.title,
          jobDescription: job.description,
          resumeText,
          answers: denial ? [...answers, denial] : answers,
          fits: pair.fits,
          hard: pair.fits && (foreign || hardBackgrounds.has(pair.background) || !sameFieldBackground(pair.job, pair.background)),
          split,
        };
      };
      cases.push(build(mine, false));
      if (pair.fits && other !== language) cases.push(build(documents[other], true));
    }
  });
  return cases;
}

/** The background that is simply the job's own field, so its fit is not a hard one. */
function sameFieldBackground(job: string, background: string): boolean {
  const own: Record<string, string[]> = {
    backend: ['dev'],
    civil: ['civil'],
    datasci: ['datasci'],
    analyst: ['datasci'],
    nurse: ['nurse'],
    doctor: ['doctor'],
    medphys: ['physicist'],
    agronomist: ['agronomist'],
    dairy: ['vet'],
    agdata: ['datasci'],
    accountant: ['accountant'],
    quant: ['physicist', 'datasci'],
    sales: ['salesperson'],
    marketing: ['marketer'],
    success: ['salesperson'],
    designer: ['designer'],
  };
  return own[job]?.includes(background) ?? false;
}
