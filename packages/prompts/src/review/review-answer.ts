import type { Language } from '@voxly/config';
import { LRUCache } from 'lru-cache';
import { textLanguageOf } from '../answers/answer-vocabulary.ts';
import { detectField } from '../field-detection/detect-field.ts';
import { jobRequirements, type JobRequirement } from '../fit-check/job-requirements.ts';
import type { AnswerVerdictKind } from '../prompt-types.ts';
import { answerSignals, type AnswerSignals } from './answer-signals.ts';
import { reviewLines } from './review-lines.ts';
import weights from './reviewer-weights.json' with { type: 'json' };
import { sureClaimOrTip } from './sure-claims.ts';
import { toldFigure } from './told-facts.ts';
import { foldAnswer } from './told-reading.ts';
import { withoutWordsToReviewer } from './words-to-the-reviewer.ts';

export interface ReviewAnswerInput {
  question: string;
  jobTitle: string;
  jobDescription: string;
  answer: string;
  language: Language;
}

export interface ReviewPoint {
  text: string;
  /** The candidate's words the point is about; absent when it is about something missing. */
  quote?: string;
}

export interface AnswerReview {
  /** 1–5. */
  score: number;
  kind: AnswerVerdictKind;
  /** 0–1: how much of the answer is about the question, the job or the field. */
  relevance: number;
  specificity: { numbers: boolean; named: string[]; ownActions: number };
  structure: { situation: boolean; action: boolean; result: boolean; reasoning: boolean };
  requirementsCovered: string[];
  /** Mostly about something else, or another story than the one asked: at most 2 whoever reviews it. */
  offQuestion: boolean;
  strengths: ReviewPoint[];
  improvements: ReviewPoint[];
}

export type ReviewerWeights = typeof weights;

const MAX_ANSWER_CHARS = 4_000;

/** The evidence an answer carries, weighted; the calibration script fits the weights on the train side. */
export function evidenceOf(signals: AnswerSignals, w: ReviewerWeights = weights): number {
  const concrete = signals.numbers || signals.named.length > 0 || signals.ownActions.length > 0;
  const length = Math.min(1, signals.words / 45);
  const evidence =
    w.numbers * Number(signals.numbers) +
    w.named * (Math.min(2, signals.named.length) / 2) +
    // A procedure's steps count as its actions where one was asked for.
    w.actions * (Math.min(3, Math.max(signals.ownActions.length, signals.steps)) / 3) +
    w.result * Number(signals.result) +
    w.reasoning * Number(signals.reasoning) +
    w.situation * Number(signals.situation) +
    w.length * length +
    w.relevance * signals.relevance +
    w.touched * signals.touched;
  const penalty =
    w.buzz * (Math.min(3, signals.buzzwords) / 3) * (concrete ? 0.3 : 1) +
    w.denies * Number(signals.denies) +
    w.hypothetical * Number(signals.hypothetical) +
    w.otherStory * Number(signals.otherStory) +
    w.portrait * signals.selfPortrait;
  return evidence - penalty;
}

/** An answer with less than this share of its words on the question, the job or work is mostly about something else. */
const MOSTLY_ELSEWHERE = 0.5;
/** Below this, it is about something else altogether. */
const ELSEWHERE = 0.2;
/** What an answer mostly about something else, or long with nothing checkable, can score at most. */
const CAPPED_SCORE = 2;
/** What an answer of fillers, or mostly about something else, can score at most. */
const NEXT_TO_NOTHING = 1.5;
/** Fewer words than this, with nothing checkable, is an answer too short to show anything. */
const TOO_SHORT_WORDS = 8;

function kindOf(signals: AnswerSignals): AnswerVerdictKind {
  if (signals.empty) return 'empty';
  if (signals.noAnswer) return 'no_answer';
  if (signals.declined) return 'declined';
  if (signals.offTopic || (signals.words >= 8 && signals.onTopicShare < ELSEWHERE)) return 'off_topic';
  return 'answer';
}

/** A sentence as a quote: whole up to 140 characters, else cut with "…". */
const shortQuote = (sentence: string) => (sentence.length > 140 ? `${sentence.slice(0, 137).trimEnd()}…` : sentence);

/** The first sentence of the answer that contains a piece of evidence, for a quote. */
function quoteWith(answer: string, needle: string | undefined): string | undefined {
  if (!needle) return undefined;
  const sentence = answer.split(/(?<=[.!?])\s+/).find((s) => s.toLowerCase().includes(needle.toLowerCase()));
  return sentence === undefined ? undefined : shortQuote(sentence);
}

/**
 * A report reviews every answer against the same job: its field and must-haves are read once per
 * job, not once per answer (they were most of a report's cost after the answers themselves).
 */
const recentJobs = new LRUCache<string, readonly JobRequirement[]>({ max: 16 });

function mustHavesOf(job: { jobTitle: string; jobDescription: string }): readonly JobRequirement[] {
  const key = `${job.jobTitle}\u0000${job.jobDescription}`;
  const known = recentJobs.get(key);
  if (known !== undefined) return known;
  const requirements = jobRequirements(job, detectField(job).field);
  recentJobs.set(key, requirements);
  return requirements;
}

/**
 * One answer judged against what was asked: relevance, specificity (figures, named
 * things, own actions), structure (situation, action, result, reasoning), the job's
 * must-haves it covers, and a 1–5 score calibrated on graded answers. Each strength
 * quotes the moment it is about; an improvement only names what the answer lacks, so no
 * line can contradict it. Pure.
 */
export function reviewAnswer(given: ReviewAnswerInput): AnswerReview {
  // Words to the reviewer ("rate this 5/5", "ignore all previous instructions") are no part of the answer.
  const input = { ...given, answer: withoutWordsToReviewer(given.answer) };
  const requirements = mustHavesOf(input);
  // An answer longer than this is a monologue; its first part carries the judgement, and the cost stays bounded.
  const signals = answerSignals({ ...input, answer: input.answer.slice(0, MAX_ANSWER_CHARS) }, requirements);
  const kind = kindOf(signals);
  const lines = reviewLines[input.language];
  const structure = {
    situation: signals.situation,
    action: signals.ownActions.length > 0,
    result: signals.result,
    reasoning: signals.reasoning,
  };
  const specificity = { numbers: signals.numbers, named: signals.named, ownActions: signals.ownActions.length };
  const base = {
    kind,
    relevance: Math.round(signals.relevance * 100) / 100,
    specificity,
    structure,
    requirementsCovered: signals.requirementsCovered,
    offQuestion: signals.onTopicShare < MOSTLY_ELSEWHERE || signals.otherStory,
  };
  if (kind !== 'answer') return { ...base, score: 1, strengths: [], improvements: [{ text: lines.kind[kind] }] };

  // Content before form: an answer mostly about something else, or long with nothing checkable, is weak however it reads.
  // A story framed as one's best work, touching nothing of the question, answers another question.
  const anotherQuestion = signals.otherStory && signals.pivot;
  // Mostly filler or mostly about something else says next to nothing: below a weak answer.
  // Too short to judge: a few words with no figure or named thing show nothing yet.
  const tooShort = signals.words < TOO_SHORT_WORDS && !signals.numbers && signals.named.length === 0;
  const nothing = signals.onTopicShare < MOSTLY_ELSEWHERE || signals.fillerHeavy || tooShort;
  const capped = signals.longWithoutFacts || anotherQuestion;
  const cap = nothing ? NEXT_TO_NOTHING : capped ? CAPPED_SCORE : 5;
  const score = Math.round(Math.min(cap, Math.max(1, weights.offset + weights.scale * evidenceOf(signals))) * 10) / 10;
  // Strengths quote only what is on the question: an aside is never praised.
  const onTopic = signals.onTopicSentences.join(' ');
  const strengths: ReviewPoint[] = [];
  const improvements: ReviewPoint[] = [];
  // "You gave a figure" quotes the sentence that gives it, on the question, in digits or in words; none there, no such praise.
  const textLanguage = textLanguageOf[input.language];
  // The same reading as the score's: an idiom, an emergency number or a year is no figure here either.
  const foldedQuestion = foldAnswer(input.question);
  const figureSentence = signals.onTopicSentences.find((sentence) => toldFigure(foldAnswer(sentence), textLanguage, foldedQuestion));
  // Another story's figures and actions are not strengths for this question.
  const praised = !signals.otherStory;
  if (praised && signals.numbers && figureSentence) strengths.push({ text: lines.strengths.numbers, quote: shortQuote(figureSentence) });
  if (praised && signals.ownActions.length > 0 && quoteWith(onTopic, signals.ownActions[0]))
    strengths.push({ text: lines.strengths.ownActions, ...optional(quoteWith(onTopic, signals.ownActions[0])) });
  if (praised && signals.reasoning) strengths.push({ text: lines.strengths.reasoning });
  if (praised && signals.result && signals.ownActions.length > 0) strengths.push({ text: lines.strengths.result });
  if (signals.requirementsCovered.length > 0)
    strengths.push({ text: lines.strengths.requirements(signals.requirementsCovered.slice(0, 3).join(', ')) });

  if (signals.denies) improvements.push({ text: lines.improvements.denies });
  else if (signals.hypothetical) improvements.push({ text: lines.improvements.hypothetical });
  if (signals.buzzwords > 0 && !signals.numbers && signals.named.length === 0 && signals.ownActions.length === 0)
    improvements.push({ text: lines.improvements.buzzwords });
  if (signals.onTopicShare < MOSTLY_ELSEWHERE) improvements.push({ text: lines.improvements.offQuestion });
  else if (signals.otherStory) improvements.push({ text: lines.improvements.otherStory });
  // What is said missing (anything to check, own actions, a result, a figure) is claimed only where the reading is sure;
  // elsewhere the neutral tip is listed (once, by dedupe), as the coached hint says it. The score reads the signals alone.
  const claim = (missing: 'longWithoutFacts' | 'ownActions' | 'result' | 'numbers') => ({
    text: lines.improvements[sureClaimOrTip(missing, input.answer, textLanguageOf[input.language])],
  });
  // "No action of yours" would be untrue of steps told in the present; the cap on the score stays.
  if (signals.longWithoutFacts && !signals.presentSteps) improvements.push(claim('longWithoutFacts'));
  // Steps told in the present are the candidate's own too: not asked for, and can be asked to measure; a result is asked
  // of a story told in the past (a procedure, "I check the panel, then I call my lead", has no ending to finish with).
  const toldSteps = signals.ownActions.length > 0 || signals.presentSteps;
  if (!toldSteps && !signals.denies && !signals.hypothetical) improvements.push(claim('ownActions'));
  if (!signals.result && signals.ownActions.length > 0) improvements.push(claim('result'));
  if (!signals.numbers && toldSteps) improvements.push(claim('numbers'));
  return { ...base, score, strengths: dedupe(strengths), improvements: dedupe(improvements) };
}

function optional(quote: string | undefined): { quote?: string } {
  return quote ? { quote } : {};
}

/** One line per point, whatever the signals: a review never says the same thing twice. */
function dedupe(points: ReviewPoint[]): ReviewPoint[] {
  const seen = new Set<string>();
  return points.filter((point) => !seen.has(point.text) && seen.add(point.text));
}
