/**
 * What the interviewer said last, when the conversation ended on it: the goodbye, or the answer to
 * the candidate's own question, which the room leaves for the ending screen before it could be read.
 */
export function interviewerLastWords(transcript: readonly { role: string; content: string }[]): string | undefined {
  const last = transcript.at(-1);
  return last?.role === 'agent' && last.content.trim() ? last.content.trim() : undefined;
}
