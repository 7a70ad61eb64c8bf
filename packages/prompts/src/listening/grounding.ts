import { stemWord } from '../field-detection/stem-word.ts';
import { guessLanguage } from '../field-detection/text-language.ts';
import { jobRequirements } from '../fit-check/job-requirements.ts';
import { foldText, tokenize } from '../fold-text.ts';
import type { InterviewerBrief } from '../interviewer-prompt.ts';

export interface GroundingTerm {
  /** As the job post writes it. */
  term: string;
  /** Also on the resume: asked about as the candidate's own experience. */
  onResume: boolean;
}

/**
 * What the interview can be about beyond the bank: the job's must-haves (not the words
 * of its title, which every question already implies), those the resume also shows
 * first. One term per question, never twice.
 */
export function groundingTerms(brief: Pick<InterviewerBrief, 'jobTitle' | 'jobDescription' | 'resumeText' | 'field'>): GroundingTerm[] {
  const requirements = jobRequirements(brief, brief.field, 12);
  const resumeLanguage = guessLanguage(brief.resumeText);
  const jobLanguage = guessLanguage(`${brief.jobTitle}\n${brief.jobDescription}`);
  const resumeStems = new Set(
    tokenize(foldText(brief.resumeText)).flatMap((token) => [stemWord(token, resumeLanguage), stemWord(token, jobLanguage)]),
  );
  const titleStems = new Set(tokenize(foldText(brief.jobTitle)).map((token) => stemWord(token, jobLanguage)));
  const terms = requirements
    .filter((requirement) => !titleStems.has(requirement.stem) && requirement.term.length > 2)
    .map((requirement) => ({ term: requirement.term, onResume: resumeStems.has(requirement.stem) }));
  return [...terms.filter((t) => t.onResume), ...terms.filter((t) => !t.onResume)];
}
