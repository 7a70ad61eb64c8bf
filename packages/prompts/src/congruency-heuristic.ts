import type { TranscriptTurn } from './congruency-prompt.ts';
import { detectField } from './detect-field.ts';
import { fieldNames } from './fields.ts';

export interface CongruencyVerdict {
  fits: boolean;
  confidence: number;
  reason: string;
}

/**
 * The local stand-in for the model's congruency judgement: says "does not fit" only when
 * the job clearly belongs to one field, the resume and answers clearly to another, and
 * they share almost no vocabulary of the job's field. Anything less certain fits.
 */
export function congruencyHeuristic(
  brief: { jobTitle: string; jobDescription: string; resumeText: string },
  transcript: TranscriptTurn[],
): CongruencyVerdict {
  const job = detectField({ jobTitle: brief.jobTitle, jobDescription: brief.jobDescription });
  const candidateText = [brief.resumeText, ...transcript.filter((t) => t.role === 'user').map((t) => t.content)].join('\n');
  const candidate = detectField({ jobTitle: '', jobDescription: candidateText });
  if (job.field === 'general' || job.confidence < 0.5) {
    return { fits: true, confidence: 0.6, reason: 'The job is broad enough that most backgrounds can fit.' };
  }
  const overlap = candidate.scores[job.field];
  if (candidate.field !== 'general' && candidate.field !== job.field && candidate.confidence >= 0.5 && overlap < 3) {
    return {
      fits: false,
      confidence: 0.9,
      reason: `The resume and answers show ${fieldNames[candidate.field]} experience and almost none in ${fieldNames[job.field]}.`,
    };
  }
  return { fits: true, confidence: 0.7, reason: `The background shows some ${fieldNames[job.field]} experience.` };
}
