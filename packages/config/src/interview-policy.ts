const minute = 60_000;

/**
 * The rules every interview follows, read by the session engine (server) and the
 * interview room (web) so both show and enforce the same clock.
 */
export interface InterviewPolicy {
  readonly maxDurationMs: number;
  readonly warningsAtMs: readonly [number, number];
  readonly congruencyWindowMs: { readonly from: number; readonly to: number };
  readonly creditsPerInterview: number;
  /** A call that fails on our side (reason `error`) before this much time is refunded. */
  readonly errorRefundBeforeMs: number;
}

export const interviewPolicy: InterviewPolicy = {
  /** Hard stop: the closing line is spoken at this point and the call ends. */
  maxDurationMs: 15 * minute,
  /** Spoken warnings before the end, as elapsed time from the call's start. */
  warningsAtMs: [12 * minute, 14 * minute],
  /** The resume-vs-job congruency check runs once inside this window. */
  congruencyWindowMs: { from: 2 * minute, to: 3 * minute },
  /** Credits one interview costs. */
  creditsPerInterview: 1,
  /**
   * Two thirds of the interview (about five minutes of the candidate talking): a call our
   * side broke before then did not give what the credit paid for.
   */
  errorRefundBeforeMs: 10 * minute,
};
