/**
 * What the interviewer said last, when the conversation ended on it: the goodbye, or the answer to
 * the candidate's own question, which the room leaves for the ending screen before it could be read.
 * Not a question left open by a candidate who ended the call: that is no last word.
 */
export function interviewerLastWords(transcript: readonly { role: string; content: string }[]): string | undefined {
  const last = transcript.at(-1);
  const said = last?.role === 'agent' ? last.content.trim() : '';
  return said && !/[?？]["”»’]?$/u.test(said) ? said : undefined;
}
