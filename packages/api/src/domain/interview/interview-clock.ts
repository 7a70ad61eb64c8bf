import type { InterviewPolicy } from '@voxly/config';

/** Elapsed time → what the clock requires at this turn. Pure. */
export type ClockDecision = { kind: 'close' } | { kind: 'warn'; atMs: number; minutesLeft: number } | { kind: 'none' };

export function clockDecision(
  elapsedMs: number,
  policy: Pick<InterviewPolicy, 'maxDurationMs' | 'warningsAtMs'>,
  warningsGiven: ReadonlySet<number>,
): ClockDecision {
  if (elapsedMs >= policy.maxDurationMs) return { kind: 'close' };
  // Only the latest threshold passed: two warnings in one breath would sound odd.
  const due = [...policy.warningsAtMs].reverse().find((at) => elapsedMs >= at);
  if (due === undefined || warningsGiven.has(due)) return { kind: 'none' };
  return { kind: 'warn', atMs: due, minutesLeft: Math.max(1, Math.round((policy.maxDurationMs - elapsedMs) / 60_000)) };
}

export type CongruencyTiming = 'before' | 'in-window' | 'after';

export function congruencyTiming(elapsedMs: number, window: InterviewPolicy['congruencyWindowMs']): CongruencyTiming {
  if (elapsedMs < window.from) return 'before';
  return elapsedMs <= window.to ? 'in-window' : 'after';
}
