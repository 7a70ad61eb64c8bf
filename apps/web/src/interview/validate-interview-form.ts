import { inputLimits, inputMinimums } from '@voxly/config';

export interface InterviewForm {
  candidateName: string;
  jobTitle: string;
  jobDescription: string;
  resumeText: string;
}

const labels: Record<keyof InterviewForm, string> = {
  candidateName: 'Your name',
  jobTitle: 'The job title',
  jobDescription: 'The job description',
  resumeText: 'The resume',
};

/** The same bounds the server enforces, checked before sending so errors show inline. */
export function validateInterviewForm(form: InterviewForm): Partial<Record<keyof InterviewForm, string>> {
  const errors: Partial<Record<keyof InterviewForm, string>> = {};
  for (const key of Object.keys(labels) as (keyof InterviewForm)[]) {
    const length = form[key].trim().length;
    if (length < inputMinimums[key]) errors[key] = `${labels[key]} needs at least ${inputMinimums[key]} characters.`;
    else if (length > inputLimits[key]) errors[key] = `${labels[key]} can have at most ${inputLimits[key].toLocaleString('en')} characters.`;
  }
  return errors;
}
