import type { TranscriptTurn } from '@voxly/prompts';

/** Only the parts of Retell's transcript turns we keep: agent and user lines. */
export function normaliseTranscript(turns: readonly { role: string; content: string }[]): TranscriptTurn[] {
  return turns
    .filter((t): t is TranscriptTurn => t.role === 'agent' || t.role === 'user')
    .map(({ role, content }) => ({ role, content }));
}

/** Did the candidate say anything at all? A call without it "never really started". */
export function candidateSpoke(transcript: readonly TranscriptTurn[]): boolean {
  return transcript.some((t) => t.role === 'user' && t.content.trim().length > 0);
}
