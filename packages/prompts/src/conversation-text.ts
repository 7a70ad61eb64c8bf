import type { TranscriptTurn } from './prompt-types.ts';

/** A transcript as plain lines for a prompt: "Interviewer: …" / "Candidate: …". */
export function conversationText(transcript: readonly TranscriptTurn[]): string {
  return transcript.map((turn) => `${turn.role === 'agent' ? 'Interviewer' : 'Candidate'}: ${turn.content}`).join('\n');
}
