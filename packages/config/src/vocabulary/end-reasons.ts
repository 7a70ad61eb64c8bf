/** Why an interview ended: stored on the interview, read by the refund rule, named in every UI language. */
export const endReasons = [
  /** 15 minutes reached. */
  'time',
  /** The congruency check found the resume clearly does not fit the job. */
  'mismatch',
  /** The candidate hung up or pressed "end interview". */
  'candidate_ended',
  /** The interviewer finished its plan. */
  'completed',
  /** The model or our server failed; the candidate heard an apology. */
  'error',
  /** The socket dropped and did not come back. */
  'disconnected',
  /** The call was registered but never connected. */
  'never_started',
] as const;
export type EndReason = (typeof endReasons)[number];
