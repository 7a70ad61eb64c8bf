import { inputLimits, inputMinimums, languages } from '@voxly/config';
import { z } from 'zod';

const text = (label: string, min: number, max: number) =>
  z
    .string()
    .trim()
    .min(min, `${label} needs at least ${min} characters.`)
    .max(max, `${label} can have at most ${max.toLocaleString('en')} characters.`);

/** The new-interview form, as the server accepts it. The web form checks the same bounds. */
export const createInterviewInput = z.strictObject({
  candidateName: text('Your name', inputMinimums.candidateName, inputLimits.candidateName),
  jobTitle: text('The job title', inputMinimums.jobTitle, inputLimits.jobTitle),
  jobDescription: text('The job description', inputMinimums.jobDescription, inputLimits.jobDescription),
  resumeText: text('The resume', inputMinimums.resumeText, inputLimits.resumeText),
  language: z.enum(languages),
});
export type CreateInterviewInput = z.infer<typeof createInterviewInput>;

export const interviewIdInput = z.strictObject({ interviewId: z.uuid('Not an interview id.') });
