import {
  defaultInterviewMode,
  defaultSessionSetup,
  inputLimits,
  inputMinimums,
  interviewModes,
  languages,
  plainText,
  seniorities,
  sessionKinds,
  sessionLengths,
} from '@voxly/config';
import { z } from 'zod';

const text = (label: string, min: number, max: number, multiline = false) => plainText({ label, min, max, multiline, trim: true });

/** The new-interview form, as the server accepts it. The web form checks the same bounds. */
export const createInterviewInput = z.strictObject({
  candidateName: text('Your name', inputMinimums.candidateName, inputLimits.candidateName),
  jobTitle: text('The job title', inputMinimums.jobTitle, inputLimits.jobTitle),
  jobDescription: text('The job description', inputMinimums.jobDescription, inputLimits.jobDescription, true),
  resumeText: text('The resume', inputMinimums.resumeText, inputLimits.resumeText, true),
  language: z.enum(languages),
  /** The session the candidate chose; absent, the defaults (a client from before the choice existed). */
  lengthMinutes: z.literal(sessionLengths, 'The length is 5, 10 or 15 minutes.').default(defaultSessionSetup.lengthMinutes),
  kind: z.enum(sessionKinds, 'The kind is behavioural, technical or mixed.').default(defaultSessionSetup.kind),
  seniority: z.enum(seniorities, 'The seniority is junior, mid or senior.').default(defaultSessionSetup.seniority),
  /** Aim at what the candidate's last report found hard; the server reads what that was, the client only asks. */
  focusOnWeakSpots: z.boolean('Focus on weak spots is true or false.').default(false),
  /** Real, or coached: a hint after each answer (absent: real). */
  interviewMode: z.enum(interviewModes, 'The mode is real or coached.').default(defaultInterviewMode),
  /**
   * One per form submission, made by the browser: a repeated create with the same key
   * (a double click, a retried request) answers the same interview and debits once.
   */
  idempotencyKey: z.uuid('Not an idempotency key.').optional(),
});
/** What a client sends: the session's setup may be left out (the defaults). */
export type CreateInterviewInput = z.input<typeof createInterviewInput>;

/** What the form's fit check reads: the job and the resume, with the same bounds as creating an interview. */
export const fitPreviewInput = createInterviewInput.pick({ jobTitle: true, jobDescription: true, resumeText: true, language: true });

export const interviewIdInput = z.strictObject({ interviewId: z.uuid('Not an interview id.') });
