import type { Competency, WeakSpotFocus } from '@voxly/config';
import { fenceData } from './fence-data.ts';

const competencyNames: Record<Competency, string> = {
  technical_depth: 'technical depth',
  problem_solving: 'problem solving',
  communication: 'communication',
  role_fit: 'fit with the role',
  behavioural: 'behavioural examples (situation, action, result)',
};

/**
 * What the model is told when the candidate asked to practise what they found hard last
 * time: the same weak spots the local interviewer leads with. The past questions are fenced
 * as data (a model may have worded them). Empty without a focus. Pure.
 */
export function weakSpotInstructions(focus: WeakSpotFocus | null | undefined): { rules: string[]; data: string[] } {
  const [weakest, ...others] = focus?.competencies ?? [];
  if (!focus || !weakest) return { rules: [], data: [] };
  const rated = (c: { competency: Competency; rating: number }) => `${competencyNames[c.competency]} (${c.rating}/5)`;
  const worst = focus.questions;
  return {
    rules: [
      `- The candidate asked to practise what they found hard in their last interview: ${[weakest, ...others].map(rated).join(', ')}. Ask your first question after their introduction about ${competencyNames[weakest.competency]}, and give these areas more of the interview than the others.`,
      ...(worst.length
        ? [
            '- The questions they answered worst last time are in <last_time_worst>: later in the interview, ask one question of the same kind (new words, about this job), never the same question.',
          ]
        : []),
    ],
    data: worst.length ? ['', fenceData('last_time_worst', worst.map((q) => `${q.question} (${q.rating}/5)`).join('\n'), 2_000)] : [],
  };
}
