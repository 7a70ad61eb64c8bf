import type { StoredTurn } from './transcript.ts';

/**
 * One line the server spoke (the greeting, a reply, a warning, a closing line): its text as
 * we sent it, and how many of the candidate's turns came before it.
 */
interface SpokenLine {
  afterAnswers: number;
  content: string;
}

/** A call's transcript in its two sources: the candidate's turns (from the peer) and our lines (our own record). */
export interface TwoSidedTranscript {
  answers: StoredTurn[];
  lines: SpokenLine[];
}

/**
 * The candidate's turns of a peer's transcript: its agent turns are dropped, whatever they
 * say. A browser can write anything there, and even Retell's are only what it spoke of our
 * text; what we said is our own record's (ADR 0020).
 */
export function answersOf(transcript: readonly StoredTurn[]): StoredTurn[] {
  return transcript.filter((turn) => turn.role === 'user');
}

/** A transcript the server wrote (stored, or kept live) back into its two sources. */
export function splitTranscript(transcript: readonly StoredTurn[]): TwoSidedTranscript {
  const answers: StoredTurn[] = [];
  const lines: SpokenLine[] = [];
  for (const turn of transcript) {
    if (turn.role === 'user') answers.push(turn);
    else lines.push({ afterAnswers: answers.length, content: turn.content });
  }
  return { answers, lines };
}

/** Our lines and the candidate's turns in the order they were said: each line after the answers it followed. */
export function mergeTranscript({ answers, lines }: TwoSidedTranscript): StoredTurn[] {
  const merged: StoredTurn[] = [];
  let line = 0;
  for (let answer = 0; answer <= answers.length; answer += 1) {
    while (line < lines.length && (lines[line]?.afterAnswers ?? 0) <= answer) {
      merged.push({ role: 'agent', content: lines[line]?.content ?? '' });
      line += 1;
    }
    const turn = answers[answer];
    if (turn) merged.push(turn);
  }
  return merged;
}
