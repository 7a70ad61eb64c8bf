import { inputLimits, inputMinimums, languages, plainText } from '@voxly/config';
import { z } from 'zod';

const text = (label: string, min: number, max: number, multiline = false) => plainText({ label, min, max, multiline, trim: true });

/** The new-interview form, as the server accepts it. The web form checks the same bounds. */
export const createInterviewInput = z.strictObject({
  candidateName: text('Your name', inputMinimums.candidateName, inputLimits.candidateName),
  jobTitle: text('The job title', inputMinimums.jobTitle, inputLimits.jobTitle),
  jobDescription: text('The job description', inputMinimums.jobDescription, inputLimits.jobDescription, true),
  resumeText: text('The resume', inputMinimums.resumeText, inputLimits.resumeText, true),
  language: z.enum(languages),
  /**
   * One per form submission, made by the browser: a repeated create with the same key
   * (a double click, a retried request) answers the same interview and debits once.
   */
  idempotencyKey: z.uuid('Not an idempotency key.').optional(),
});
export type CreateInterviewInput = z.infer<typeof createInterviewInput>;

/** What the form's fit check reads: the job and the resume, with the same bounds as creating an interview. */
export const fitPreviewInput = createInterviewInput.pick({ jobTitle: true, jobDescription: true, resumeText: true, language: true });

export const interviewIdInput = z.strictObject({ interviewId: z.uuid('Not an interview id.') });
