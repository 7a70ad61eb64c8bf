/**
 * How the interview treats the candidate: `real` is a mock interview as it would run;
 * `coached` gives one short hint after each answer, speaks no time warnings, and its
 * report stays out of the progress trend (practice, not a measurement).
 */
export const interviewModes = ['real', 'coached'] as const;
export type InterviewMode = (typeof interviewModes)[number];

/** What every interview before the choice existed was, and what a client that sends none gets. */
export const defaultInterviewMode: InterviewMode = 'real';
