import type { Language } from '@voxly/config';
import { textLanguageOf } from '../src/answers/answer-vocabulary.ts';
import { coachingHint, type HintAsk } from '../src/coaching/coaching-hint.ts';
import { hintContradiction, type HintContradiction } from '../src/coaching/hint-contradiction.ts';
import { reviewAnswer } from '../src/review/review-answer.ts';
import { reviewLines } from '../src/review/review-lines.ts';
import { readTold } from '../src/review/told-reading.ts';
import type { ToldLabels } from './independent-sets.ts';

export interface HintFinding {
  id: string;
  asks: HintAsk;
  problem: HintContradiction;
  answer: string;
}

export interface HintFigures {
  answers: number;
  /** How often each kind of hint was given. */
  byAsk: Partial<Record<HintAsk, number>>;
  findings: HintFinding[];
}

/** The coached interview's hint for each graded answer, checked against the answer's own words. */
export function hintContradictionFigures(
  answers: readonly { id: string; question: string; jobTitle: string; answer: string; interviewLanguage: Language }[],
): HintFigures {
  const figures: HintFigures = { answers: answers.length, byAsk: {}, findings: [] };
  for (const a of answers) {
    const hint = coachingHint({
      question: a.question,
      jobTitle: a.jobTitle,
      jobDescription: '',
      answer: a.answer,
      language: a.interviewLanguage,
    });
    figures.byAsk[hint.asks] = (figures.byAsk[hint.asks] ?? 0) + 1;
    const problem = hintContradiction(hint.asks, a.answer, a.interviewLanguage);
    if (problem) figures.findings.push({ id: a.id, asks: hint.asks, problem, answer: a.answer });
  }
  return figures;
}

export interface LatentFigures {
  answers: number;
  /** Improvements listed, of the kinds the checker can judge. */
  listed: number;
  /** Per kind of improvement, how many the checker finds untrue of the answer. */
  byAsk: Partial<Record<HintAsk, number>>;
  findings: HintFinding[];
}

/** Which of the review's lines a point is, by its text: an improvement or a non-answer's line. */
function askOfLine(text: string, language: Language): HintAsk | null {
  const lines = reviewLines[language];
  const found = [...Object.entries(lines.improvements), ...Object.entries(lines.kind)].find(([, line]) => line === text);
  return (found?.[0] as HintAsk | undefined) ?? null;
}

/**
 * Every improvement the review lists, not only the first that becomes the hint, checked
 * against the answer's own words: each one untrue of the answer is a contradiction the
 * ranking happens to hide today, and one a change of order would say aloud.
 */
export function latentHintDisagreements(
  answers: readonly { id: string; question: string; jobTitle: string; answer: string; interviewLanguage: Language }[],
): LatentFigures {
  const figures: LatentFigures = { answers: answers.length, listed: 0, byAsk: {}, findings: [] };
  for (const a of answers) {
    const language = a.interviewLanguage;
    const review = reviewAnswer({ question: a.question, jobTitle: a.jobTitle, jobDescription: '', answer: a.answer, language });
    for (const point of review.improvements) {
      const asks = askOfLine(point.text, language);
      if (!asks) continue;
      figures.listed += 1;
      const problem = hintContradiction(asks, a.answer, language);
      if (!problem) continue;
      figures.byAsk[asks] = (figures.byAsk[asks] ?? 0) + 1;
      figures.findings.push({ id: a.id, asks, problem, answer: a.answer });
    }
  }
  return figures;
}

/** What a "missing" claim needs the writer's labels to say is absent; kinds not listed claim nothing a label settles. */
const claimedMissing: Partial<Record<HintAsk, (told: ToldLabels) => boolean>> = {
  numbers: (told) => told.figure,
  ownActions: (told) => told.ownAction,
  result: (told) => told.result,
  longWithoutFacts: (told) => told.figure || told.ownAction,
};

export interface LabelFigures {
  /** Hints that claim a figure, own actions, a result or any fact missing. */
  hintClaims: number;
  /** Of those, the ones the writer's labels say are present. */
  hintWrong: string[];
  /** Improvements listed of those kinds. */
  listedClaims: number;
  listedWrong: string[];
}

/**
 * The hints and every listed improvement that claim something missing, judged by the writer's
 * labels rather than by any code's reading: the check that stays independent of the reading
 * the hint and `hintContradiction` share. Only rows with labels count.
 */
export function labelledHintDisagreements(
  answers: readonly {
    id: string;
    question: string;
    jobTitle: string;
    answer: string;
    interviewLanguage: Language;
    told?: ToldLabels;
  }[],
): LabelFigures {
  const figures: LabelFigures = { hintClaims: 0, hintWrong: [], listedClaims: 0, listedWrong: [] };
  for (const a of answers) {
    if (!a.told) continue;
    const language = a.interviewLanguage;
    const input = { question: a.question, jobTitle: a.jobTitle, jobDescription: '', answer: a.answer, language };
    const present = claimedMissing[coachingHint(input).asks];
    if (present) {
      figures.hintClaims += 1;
      if (present(a.told)) figures.hintWrong.push(a.id);
    }
    for (const point of reviewAnswer(input).improvements) {
      const asks = askOfLine(point.text, language);
      const listedPresent = asks ? claimedMissing[asks] : undefined;
      if (!listedPresent) continue;
      figures.listedClaims += 1;
      if (listedPresent(a.told)) figures.listedWrong.push(`${a.id} ${asks}`);
    }
  }
  return figures;
}

/** Per fact, how many labelled answers the shared reading reads as the writer labelled them. */
export type ReadingAgreement = Record<keyof ToldLabels, { agree: number; of: number }>;

/**
 * The shared reading (`readTold`: what the reviewer and the hint's check both see) against the
 * writer's labels, fact by fact. Own steps told in the present count as own actions, as they
 * do for the hint.
 */
export function toldReadingAgreement(
  answers: readonly { answer: string; interviewLanguage: Language; told?: ToldLabels }[],
): ReadingAgreement {
  const agreement: ReadingAgreement = { figure: { agree: 0, of: 0 }, ownAction: { agree: 0, of: 0 }, result: { agree: 0, of: 0 } };
  for (const a of answers) {
    if (!a.told) continue;
    const told = readTold(a.answer, textLanguageOf[a.interviewLanguage]);
    const read: ToldLabels = { figure: told.figure, ownAction: told.ownActions.length > 0 || told.presentSteps, result: told.result };
    for (const fact of ['figure', 'ownAction', 'result'] as const) {
      agreement[fact].of += 1;
      if (read[fact] === a.told[fact]) agreement[fact].agree += 1;
    }
  }
  return agreement;
}

/** Per fact, how often two labellers of the same answers agree: how subjective the labels are. */
export function labelAgreement(answers: readonly { writerTold?: ToldLabels; readerTold?: ToldLabels }[]): ReadingAgreement {
  const agreement: ReadingAgreement = { figure: { agree: 0, of: 0 }, ownAction: { agree: 0, of: 0 }, result: { agree: 0, of: 0 } };
  for (const { writerTold, readerTold } of answers) {
    if (!writerTold || !readerTold) continue;
    for (const fact of ['figure', 'ownAction', 'result'] as const) {
      agreement[fact].of += 1;
      if (writerTold[fact] === readerTold[fact]) agreement[fact].agree += 1;
    }
  }
  return agreement;
}
