/** Work the server repeats on a timer; a run that fails is logged and the next one tries again. */
export interface PeriodicJob {
  /** What it does, for the log when a run fails. */
  what: string;
  everyMs: number;
  run(): Promise<unknown>;
}
