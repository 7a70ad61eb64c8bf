import { isPlainText } from '@voxly/config';
import type { TranscriptTurn } from '@voxly/prompts';
import type { StoredTurn, TimedWord } from '../../db/column-types.ts';

// The stored shapes live with the schema's column types; the domain's readers import them from here.
export type { StoredTurn, TimedWord };

interface IncomingTurn {
  role: string;
  content: string;
  words?: readonly unknown[] | undefined;
}

/** Longer than any word a person says: a longer "word" is not one. */
const maxTimedWordChars = 100;

const isTimedWord = (value: unknown): value is TimedWord => {
  if (typeof value !== 'object' || value === null) return false;
  const { word, start, end } = value as Record<string, unknown>;
  return (
    typeof word === 'string' &&
    // One spoken word, stored as text: a control character or broken text would make the
    // transcript unstorable (PostgreSQL refuses NUL in JSON), so such a word is dropped.
    word.length <= maxTimedWordChars &&
    isPlainText(word) &&
    typeof start === 'number' &&
    typeof end === 'number' &&
    Number.isFinite(start) &&
    Number.isFinite(end)
  );
};

/** Only the parts of Retell's transcript turns we keep: agent and user lines, and their word timings. */
export function normaliseTranscript(turns: readonly IncomingTurn[]): StoredTurn[] {
  return turns
    .filter((t) => t.role === 'agent' || t.role === 'user')
    .map(({ role, content, words }) => {
      const timed = words?.filter(isTimedWord).map(({ word, start, end }) => ({ word, start, end }));
      return { role: role as StoredTurn['role'], content, ...(timed?.length ? { words: timed } : {}) };
    });
}

/** Did the candidate say anything at all? A call without it "never really started". */
export function candidateSpoke(transcript: readonly TranscriptTurn[]): boolean {
  return transcript.some((t) => t.role === 'user' && t.content.trim().length > 0);
}

/**
 * The transcript to keep when a new one arrives. The provider (or the browser) sends the
 * whole conversation each time and may revise what was said, but history never shrinks and
 * who said each settled turn never changes: an incoming transcript that drops turns or
 * reorders speakers is ignored, so nobody can erase what the server already saw.
 */
export function acceptTranscript<T extends TranscriptTurn>(current: T[], incoming: T[]): T[] {
  if (incoming.length < current.length) return current;
  return current.some((turn, i) => incoming[i]?.role !== turn.role) ? current : incoming;
}
