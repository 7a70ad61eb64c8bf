import { coachingHint, readDialogAct, type InterviewerBrief, type TranscriptTurn } from '@voxly/prompts';

/** The candidate turns that answer a question: a request to repeat, a question back or a thanks gets no hint. */
const answerActs = new Set(['answer', 'dont_know']);

/**
 * What a coached interview says before its next question: one hint on the answer just given
 * (the candidate's turns since the interviewer's last line, to that line), from the same
 * local review the report uses, whoever writes the rest of the reply. Null when the last
 * turn is not an answer. Pure: the server says it, the client never sends it.
 */
export function hintAfterAnswer(
  brief: Pick<InterviewerBrief, 'jobTitle' | 'jobDescription' | 'language'>,
  transcript: readonly TranscriptTurn[],
): string | null {
  const lastAgent = transcript.findLastIndex((turn) => turn.role === 'agent');
  if (lastAgent < 0) return null;
  const answer = transcript
    .slice(lastAgent + 1)
    .filter((turn) => turn.role === 'user')
    .map((turn) => turn.content.trim())
    .filter(Boolean)
    .join(' ');
  if (!answer || !answerActs.has(readDialogAct(answer, brief.language).act)) return null;
  const question = transcript[lastAgent]?.content ?? '';
  return coachingHint({ question, jobTitle: brief.jobTitle, jobDescription: brief.jobDescription, answer, language: brief.language })
    .spoken;
}
