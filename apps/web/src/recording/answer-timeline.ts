/** Where one answer sits in a recording, in seconds from its start (the server's clips have the same shape). */
export interface AnswerClip {
  /** The transcript index of the interviewer's turn the answer follows: its question. */
  question: number;
  start: number;
  end: number;
}

/**
 * An answer's place in the browser's own recording: from when the candidate's turn opened
 * (the question had arrived) to when the answer was sent, both on the page's clock and taken
 * relative to the moment the recorder started. None for an empty or inverted span, or an
 * answer with no question before it.
 */
export function answerClip(marks: {
  question: number;
  recorderStartedAt: number;
  turnOpenedAt: number;
  answeredAt: number;
}): AnswerClip | null {
  const start = Math.max(0, marks.turnOpenedAt - marks.recorderStartedAt) / 1000;
  const end = (marks.answeredAt - marks.recorderStartedAt) / 1000;
  if (marks.question < 0 || !(end > start)) return null;
  return { question: marks.question, start, end };
}

/** The index of the interviewer's last turn in a transcript: the question a new answer follows (-1: none). */
export function currentQuestionIndex(transcript: readonly { role: 'agent' | 'user' }[]): number {
  return transcript.findLastIndex((turn) => turn.role === 'agent');
}
