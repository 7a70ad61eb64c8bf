import type { Language } from '@voxly/config';
import type { TranscriptTurn } from './congruency-prompt.ts';
import type { FieldId } from './fields.ts';
import { foldText, tokenize } from './fold-text.ts';
import { questionPlan } from './question-bank.ts';
import { spokenLines } from './spoken-lines.ts';

/** Fewer words than this is "too short to judge": ask once for a concrete example. */
export const SHORT_ANSWER_WORDS = 12;

export interface ScriptedTurn {
  text: string;
  /** True when the script has nothing left to ask: the engine ends the call after this line. */
  final: boolean;
}

const wordCount = (text: string) => tokenize(foldText(text)).length;

/**
 * The local interviewer: the field's question plan, a follow-up on short answers, and a
 * closing when the plan is done. It keeps no state of its own: everything it needs is
 * read back from the transcript, so a reconnect or a restart resumes where it was.
 */
export function scriptedInterviewerTurn(
  brief: { field: FieldId; language: Language },
  transcript: TranscriptTurn[],
  kind: 'turn' | 'reminder',
): ScriptedTurn {
  const lines = spokenLines[brief.language];
  if (kind === 'reminder') return { text: lines.reminder, final: false };

  const plan = questionPlan(brief.field, brief.language);
  const agentTurns = transcript.filter((t) => t.role === 'agent').map((t) => t.content);
  const lastAgentIndex = transcript.map((t) => t.role).lastIndexOf('agent');
  const lastAgent = agentTurns.at(-1) ?? '';
  const answer = transcript
    .slice(lastAgentIndex + 1)
    .filter((t) => t.role === 'user')
    .map((t) => t.content)
    .join(' ');

  if (lastAgent.includes(lines.lastQuestion)) return { text: lines.closingAfterLastQuestion, final: true };
  if (wordCount(answer) === 0) return { text: lines.reminder, final: false };

  const alreadyFollowedUp = lastAgent.includes(lines.followUp);
  if (wordCount(answer) < SHORT_ANSWER_WORDS && !alreadyFollowedUp && lastAgentIndex >= 0) {
    return { text: lines.followUp, final: false };
  }

  const asked = plan.filter((question) => agentTurns.some((turn) => turn.includes(question.text))).length;
  const acknowledgement = lines.acknowledgements[asked % lines.acknowledgements.length];
  const next = plan[asked];
  if (!next) return { text: `${acknowledgement} ${lines.lastQuestion}`, final: false };
  return { text: `${acknowledgement} ${next.text}`, final: false };
}
