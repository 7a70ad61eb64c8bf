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
