import { existsSync, readFileSync } from 'node:fs';
import type { Language } from '@voxly/config';
import { fieldIds, type FieldId } from '../src/fields.ts';
import type { DialogAct } from '../src/listening/dialog-act.ts';
import type { CorpusLanguage } from './job-post-corpus.ts';

/*
 * The independent sets: written whole by hands that never saw this code, from a brief
 * (corpus/independent/README.md), frozen when written and never tuned on. The figures on
 * them are the ones that count; when they differ from the tuning sets', the design changes.
 */

/** Where the independent sets are; `tuning/` beside it holds sets of the same shape written with the code. */
export const independentDirectory = new URL('independent/', import.meta.url);
export const tuningDirectory = new URL('tuning/', import.meta.url);
const interviewLanguageOf: Record<CorpusLanguage, Language> = { en: 'en', es: 'es', pt: 'pt-BR' };

function lines<T>(file: string, check: (row: Record<string, unknown>) => T, directory: URL): T[] {
  return readFileSync(new URL(file, directory), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line, index) => {
      const row = JSON.parse(line) as Record<string, unknown>;
      try {
        return check(row);
      } catch (error) {
        throw new Error(`${file}:${index + 1}: ${(error as Error).message}`, { cause: error });
      }
    });
}

const text = (row: Record<string, unknown>, key: string): string => {
  const value = row[key];
  if (typeof value !== 'string') throw new Error(`${key} is not text`);
  return value;
};
const language = (row: Record<string, unknown>): CorpusLanguage => {
  const value = text(row, 'language');
  if (value !== 'en' && value !== 'es' && value !== 'pt') throw new Error(`unknown language ${value}`);
  return value;
};
function oneOf<T extends string>(row: Record<string, unknown>, key: string, allowed: readonly T[]): T {
  const value = text(row, key);
  if (!(allowed as readonly string[]).includes(value)) throw new Error(`${key} "${value}" is not one of ${allowed.join(', ')}`);
  return value as T;
}
const texts = (row: Record<string, unknown>, key: string): string[] => {
  const value = row[key];
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) throw new Error(`${key} is not a list of text`);
  return value;
};

export interface IndependentPost {
  id: string;
  language: CorpusLanguage;
  title: string;
  description: string;
  field: FieldId;
}

export const independentPosts = (directory = independentDirectory): IndependentPost[] =>
  lines(
    'job-posts.jsonl',
    (row) => ({
      id: text(row, 'id'),
      language: language(row),
      title: text(row, 'title'),
      description: text(row, 'description'),
      field: oneOf(row, 'field', fieldIds),
    }),
    directory,
  );

export interface IndependentFitCase {
  id: string;
  language: CorpusLanguage;
  interviewLanguage: Language;
  jobTitle: string;
  jobDescription: string;
  resumeText: string;
  answers: string[];
  fits: boolean;
  kind: string;
}

export const independentFitCases = (directory = independentDirectory): IndependentFitCase[] =>
  lines(
    'fit-cases.jsonl',
    (row) => ({
      id: text(row, 'id'),
      language: language(row),
      interviewLanguage: interviewLanguageOf[language(row)],
      jobTitle: text(row, 'jobTitle'),
      jobDescription: text(row, 'jobDescription'),
      resumeText: text(row, 'resume'),
      answers: texts(row, 'earlyAnswers'),
      fits: oneOf(row, 'label', ['fits', 'clear_mismatch'] as const) === 'fits',
      kind: text(row, 'kind'),
    }),
    directory,
  );

export interface IndependentGradedAnswer {
  id: string;
  language: CorpusLanguage;
  interviewLanguage: Language;
  jobTitle: string;
  question: string;
  answer: string;
  grade: number;
  family: string;
  /** What the answer tells as labelled: a reader's labels (`graded-answer-facts.jsonl`) where the set has them, else the writer's own (writer-j's tuning rows); absent otherwise. */
  told?: ToldLabels;
  /** The writer's own labels, written with the answer (writer-j's tuning rows). */
  writerTold?: ToldLabels;
  /** The labels a reader who never saw the code wrote apart from the answers. */
  readerTold?: ToldLabels;
}

/** A writer's labels of what an answer tells: a figure, an own action, a result. */
export interface ToldLabels {
  figure: boolean;
  ownAction: boolean;
  result: boolean;
}

/** The labels when the row has all three, else nothing. */
function toldLabels(row: Record<string, unknown>): { told?: ToldLabels } {
  const [figure, ownAction, result] = [row.has_figure, row.has_own_action, row.has_result];
  if (typeof figure !== 'boolean' || typeof ownAction !== 'boolean' || typeof result !== 'boolean') return {};
  return { told: { figure, ownAction, result } };
}

/** Where a set's labels were written apart from its answers, by a reader who never saw the code. */
const SEPARATE_LABELS = 'graded-answer-facts.jsonl';

/** The labels written apart from the answers, by id; none when the set has no such file. */
function separateLabels(directory: URL): Map<string, ToldLabels> {
  if (!existsSync(new URL(SEPARATE_LABELS, directory))) return new Map();
  const rows = lines(
    SEPARATE_LABELS,
    (row): [string, ToldLabels] => {
      const { told } = toldLabels(row);
      if (!told) throw new Error('has_figure, has_own_action and has_result must all be true or false');
      return [text(row, 'id'), told];
    },
    directory,
  );
  return new Map(rows);
}

export const independentGradedAnswers = (directory = independentDirectory): IndependentGradedAnswer[] => {
  const separate = separateLabels(directory);
  const answers = lines(
    'graded-answers.jsonl',
    (row) => {
      const grade = row.grade;
      if (typeof grade !== 'number' || !Number.isInteger(grade) || grade < 1 || grade > 5) throw new Error('grade is not 1–5');
      return {
        id: text(row, 'id'),
        language: language(row),
        interviewLanguage: interviewLanguageOf[language(row)],
        jobTitle: text(row, 'jobTitle'),
        question: text(row, 'question'),
        answer: text(row, 'answer'),
        grade,
        family: text(row, 'family'),
        ...toldLabels(row),
        ...(toldLabels(row).told ? { writerTold: toldLabels(row).told } : {}),
        ...(separate.has(text(row, 'id')) ? { told: separate.get(text(row, 'id')), readerTold: separate.get(text(row, 'id')) } : {}),
      };
    },
    directory,
  );
  // The independent set's reader labels every answer; a tuning reader may still be part way through.
  const whole = directory.href === independentDirectory.href;
  if (whole && separate.size > 0 && separate.size !== answers.length)
    throw new Error(`${SEPARATE_LABELS}: ${separate.size} labels for ${answers.length} answers`);
  const known = new Set(answers.map((a) => a.id));
  const stray = [...separate.keys()].find((id) => !known.has(id));
  if (stray) throw new Error(`${SEPARATE_LABELS}: label for ${stray}, which is no answer`);
  return answers;
};

/** The acts as the writers labelled them: the interviewer's acts, and two an answer's reading tells (another language, off the topic). */
export const labelledActs = [
  'answer',
  'repeat_request',
  'clarification_request',
  'role_question',
  'off_topic',
  'dont_know',
  'thanks_closing',
  'wrong_language',
] as const;
export type LabelledAct = (typeof labelledActs)[number];
// Every act the interviewer reads is one the writers label (empty turns are not written).
type Covered = Exclude<DialogAct, 'empty'> extends LabelledAct ? true : never;
export const actsCovered: Covered = true;

export interface IndependentUtterance {
  id: string;
  language: CorpusLanguage;
  interviewLanguage: Language;
  jobTitle: string;
  question: string;
  utterance: string;
  act: LabelledAct;
}

export const independentUtterances = (directory = independentDirectory): IndependentUtterance[] =>
  lines(
    'dialog-acts.jsonl',
    (row) => ({
      id: text(row, 'id'),
      language: language(row),
      interviewLanguage: interviewLanguageOf[language(row)],
      jobTitle: text(row, 'jobTitle'),
      question: text(row, 'question'),
      utterance: text(row, 'utterance'),
      act: oneOf(row, 'act', labelledActs),
    }),
    directory,
  );

export interface IndependentInterview {
  id: string;
  language: CorpusLanguage;
  interviewLanguage: Language;
  jobTitle: string;
  jobDescription: string;
  resumeText: string;
  candidate: string;
  turns: string[];
  expectedVerdict: string;
}

export const independentInterviews = (directory = independentDirectory): IndependentInterview[] =>
  lines(
    'interviews.jsonl',
    (row) => ({
      id: text(row, 'id'),
      language: language(row),
      interviewLanguage: interviewLanguageOf[language(row)],
      jobTitle: text(row, 'jobTitle'),
      jobDescription: text(row, 'jobDescription'),
      resumeText: text(row, 'resume'),
      candidate: text(row, 'candidate'),
      turns: texts(row, 'turns'),
      expectedVerdict: oneOf(row, 'expectedVerdict', ['strong_hire', 'hire', 'lean_hire', 'lean_no_hire', 'no_hire'] as const),
    }),
    directory,
  );

export interface IndependentScenario {
  id: string;
  language: CorpusLanguage;
  interviewLanguage: Language;
  jobTitle: string;
  jobDescription: string;
  resumeText: string;
  mustHaves: string[];
  resumeClaims: string[];
}

export const independentScenarios = (directory = independentDirectory): IndependentScenario[] =>
  lines(
    'grounding-scenarios.jsonl',
    (row) => ({
      id: text(row, 'id'),
      language: language(row),
      interviewLanguage: interviewLanguageOf[language(row)],
      jobTitle: text(row, 'jobTitle'),
      jobDescription: text(row, 'jobDescription'),
      resumeText: text(row, 'resume'),
      mustHaves: texts(row, 'mustHaves'),
      resumeClaims: texts(row, 'resumeClaims'),
    }),
    directory,
  );
