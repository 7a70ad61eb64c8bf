import { LONG_ANSWER_WORDS, SHORT_ANSWER_WORDS, type EndReason, type Language } from '@voxly/config';
import { readDialogAct, type DialogAct } from '@voxly/prompts';
import type { StoredTurn } from '../interview/transcript.ts';
import { fillers } from './filler-words.ts';

export type MetricsTurn = StoredTurn;

export interface SpeechMetrics {
  candidateWords: number;
  interviewerWords: number;
  /** The candidate's share of all words spoken, 0–1. */
  talkShare: number;
  answers: number;
  averageAnswerWords: number;
  longestAnswerWords: number;
  /** Answers under SHORT_ANSWER_WORDS words, and over LONG_ANSWER_WORDS. */
  shortAnswers: number;
  longAnswers: number;
  fillers: { total: number; perHundredWords: number; top: { phrase: string; count: number }[] };
  /** Words per minute while the candidate spoke; null without word timings (typed answers). */
  wordsPerMinute: number | null;
  endReason: EndReason | null;
}

/** Fewer candidate answers than this give a score, but no verdict on hiring. */
export const MIN_ANSWERS_TO_JUDGE = 2;

/**
 * Whether the candidate answered often enough for a hire verdict: a call cut off after one
 * answer is not a "no hire", it is too short to say. Short or off-topic answers count: an
 * interview of "yes", "no" and remarks about pizza was given, and gets the low verdict it earned.
 */
export function enoughAnswersToJudge(metrics: Pick<SpeechMetrics, 'answers'>): boolean {
  return metrics.answers >= MIN_ANSWERS_TO_JUDGE;
}

const wordsOf = (text: string) => text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Pre-built matchers per language: built once, used for every answer. */
const fillerMatchers = Object.fromEntries(
  Object.entries(fillers).map(([language, list]) => [
    language,
    list.map(({ phrase, onlyWithPause, notAfter = [] }) => {
      const ordinary = notAfter.length > 0 ? `(?<!(?<![\\p{L}\\p{N}'’])(?:${notAfter.map(escape).join('|')})\\s+)` : '';
      const body = `${ordinary}(?<![\\p{L}\\p{N}])${escape(phrase)}(?![\\p{L}\\p{N}])`;
      const pattern = onlyWithPause ? `(?:[,…–—-]\\s*${body}|${body}\\s*(?:[,…–—]|\\.\\.\\.| -))` : body;
      return { phrase, regex: new RegExp(pattern, 'giu') };
    }),
  ]),
) as Record<Language, { phrase: string; regex: RegExp }[]>;

/**
 * Turns that ask the interviewer to repeat or explain the question, or only thank or say goodbye:
 * no answer. (A question about the role is not among them: a tag question such as "…, né?" can
 * read as one.)
 */
const requestActs: ReadonlySet<DialogAct> = new Set(['empty', 'repeat_request', 'clarification_request', 'thanks_closing']);

/**
 * Answers: consecutive candidate turns between two interviewer turns count as one answer; a turn
 * that asks the interviewer something ("could you repeat that?") is not part of one, so it is
 * never counted as a very short answer.
 */
function answersOf(transcript: MetricsTurn[], language: Language): MetricsTurn[][] {
  const answers: MetricsTurn[][] = [];
  let current: MetricsTurn[] = [];
  let question = '';
  for (const turn of transcript) {
    if (turn.role === 'user') {
      if (!requestActs.has(readDialogAct(turn.content, language, question).act)) current.push(turn);
    } else {
      if (current.length) answers.push(current);
      current = [];
      question = turn.content;
    }
  }
  if (current.length) answers.push(current);
  return answers;
}

function speakingMinutes(turns: MetricsTurn[]): number | null {
  let seconds = 0;
  for (const turn of turns) {
    const first = turn.words?.[0];
    const last = turn.words?.at(-1);
    if (!first || !last) return null;
    seconds += Math.max(0, last.end - first.start);
  }
  return seconds > 0 ? seconds / 60 : null;
}

/**
 * Speech metrics computed from the transcript itself, not by a model: counts no model can
 * guess. Pure and fast (a 15-minute transcript in well under a millisecond).
 */
export function speechMetrics(transcript: MetricsTurn[], language: Language, endReason: EndReason | null): SpeechMetrics {
  const candidateTurns = transcript.filter((t) => t.role === 'user');
  const candidateWords = candidateTurns.reduce((sum, t) => sum + wordsOf(t.content).length, 0);
  const interviewerWords = transcript.filter((t) => t.role === 'agent').reduce((sum, t) => sum + wordsOf(t.content).length, 0);
  const answerLengths = answersOf(transcript, language).map((turns) => turns.reduce((sum, t) => sum + wordsOf(t.content).length, 0));

  const counts = new Map<string, number>();
  for (const turn of candidateTurns) {
    for (const { phrase, regex } of fillerMatchers[language]) {
      const found = turn.content.match(regex)?.length ?? 0;
      if (found) counts.set(phrase, (counts.get(phrase) ?? 0) + found);
    }
  }
  const totalFillers = [...counts.values()].reduce((a, b) => a + b, 0);
  const minutes = speakingMinutes(candidateTurns);
  const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

  return {
    candidateWords,
    interviewerWords,
    talkShare: candidateWords + interviewerWords > 0 ? round(candidateWords / (candidateWords + interviewerWords), 2) : 0,
    answers: answerLengths.length,
    averageAnswerWords: answerLengths.length ? Math.round(answerLengths.reduce((a, b) => a + b, 0) / answerLengths.length) : 0,
    longestAnswerWords: Math.max(0, ...answerLengths),
    shortAnswers: answerLengths.filter((n) => n < SHORT_ANSWER_WORDS).length,
    longAnswers: answerLengths.filter((n) => n > LONG_ANSWER_WORDS).length,
    fillers: {
      total: totalFillers,
      perHundredWords: candidateWords ? round((totalFillers / candidateWords) * 100) : 0,
      top: [...counts]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 5)
        .map(([phrase, count]) => ({ phrase, count })),
    },
    wordsPerMinute: minutes && candidateWords ? Math.round(candidateWords / minutes) : null,
    endReason,
  };
}
