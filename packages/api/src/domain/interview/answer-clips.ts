import type { StoredTurn } from './transcript.ts';

/** Where one answer sits in the call's recording, in seconds from the recording's start. */
export interface AnswerClip {
  /** The transcript index of the interviewer's turn the answer follows: its question. */
  question: number;
  start: number;
  end: number;
}

/**
 * Each answer's place in the recording, from the provider's word timings (Retell's count
 * seconds from the call's start, where its recording starts too): from the first word's
 * `start` of the answer to the last word's `end`. An answer is every candidate turn between
 * one interviewer turn and the next; words before the first question, or an answer without
 * timed words, give no clip.
 */
export function answerClips(transcript: readonly StoredTurn[]): AnswerClip[] {
  const clips: AnswerClip[] = [];
  let current: AnswerClip | null = null;
  let question = -1;
  const close = () => {
    if (current && current.end > current.start) clips.push(current);
    current = null;
  };
  transcript.forEach((turn, index) => {
    if (turn.role === 'agent') {
      close();
      question = index;
      return;
    }
    const words = turn.words ?? [];
    const first = words[0];
    const last = words.at(-1);
    if (question < 0 || !first || !last) return;
    current ??= { question, start: Math.max(0, first.start), end: last.end };
    current.end = Math.max(current.end, last.end);
  });
  close();
  return clips;
}
