import { inputLimits, inputMinimums, toPlainText } from '@voxly/config';

export interface InterviewForm {
  candidateName: string;
  jobTitle: string;
  jobDescription: string;
  resumeText: string;
}

export type FormProblem =
  | { key: 'newInterview.tooShort'; field: keyof InterviewForm; min: number }
  | { key: 'newInterview.tooLongField'; field: keyof InterviewForm; max: number };

const fields: (keyof InterviewForm)[] = ['candidateName', 'jobTitle', 'jobDescription', 'resumeText'];

/** Fields whose text may run over lines (a pasted posting or resume). */
const multiline: ReadonlySet<keyof InterviewForm> = new Set(['jobDescription', 'resumeText']);

/**
 * The form's text as sent: invisible control characters a paste carried (which the server
 * refuses, and which the candidate cannot see to remove) are dropped.
 */
export function cleanInterviewForm<T extends InterviewForm>(form: T): T {
  const clean = { ...form };
  for (const field of fields) clean[field] = toPlainText(form[field], multiline.has(field));
  return clean;
}

/** The same bounds the server enforces, checked before sending so errors show inline. */
export function validateInterviewForm(form: InterviewForm): Partial<Record<keyof InterviewForm, FormProblem>> {
  const problems: Partial<Record<keyof InterviewForm, FormProblem>> = {};
  for (const field of fields) {
    const length = form[field].trim().length;
    if (length < inputMinimums[field]) problems[field] = { key: 'newInterview.tooShort', field, min: inputMinimums[field] };
    else if (length > inputLimits[field]) problems[field] = { key: 'newInterview.tooLongField', field, max: inputLimits[field] };
  }
  return problems;
}
