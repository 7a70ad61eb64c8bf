import type { InterviewerBrief, TranscriptTurn } from '../prompt-types.ts';
import { checkFit, type FitVerdict } from './check-fit.ts';

/** checkFit for a running interview: the brief's documents and the candidate's turns so far. */
export function fitOfInterview(brief: InterviewerBrief, transcript: TranscriptTurn[]): FitVerdict {
  return checkFit({
    jobTitle: brief.jobTitle,
    jobDescription: brief.jobDescription,
    resumeText: brief.resumeText,
    answers: transcript.filter((turn) => turn.role === 'user').map((turn) => turn.content),
    language: brief.language,
  });
}
