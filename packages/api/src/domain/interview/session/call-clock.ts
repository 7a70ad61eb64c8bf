import type { InterviewPolicy } from '@voxly/config';
import type { TranscriptTurn } from '@voxly/prompts';
import type { Clock } from '../clock.ts';
import { clockDecision, type ClockDecision } from '../interview-clock.ts';

/**
 * The call's clock: time since the call started (not since this socket), the warnings
 * already spoken, and the timers for the end of the call and the opening of the fit window.
 */
export class CallClock {
  private startedAtMs: number | null;
  private readonly warningsGiven = new Set<number>();
  private cancels: (() => void)[] = [];

  constructor(
    private readonly clock: Clock,
    private readonly policy: InterviewPolicy,
    startedAt: Date | null,
    /** What has been said: a resumed call must not repeat a warning it already spoke. */
    transcript: readonly TranscriptTurn[],
    timeWarning: (minutesLeft: number) => string,
  ) {
    this.startedAtMs = startedAt?.getTime() ?? null;
    for (const at of policy.warningsAtMs) {
      const line = timeWarning(Math.max(1, Math.round((policy.maxDurationMs - at) / 60_000)));
      if (transcript.some((t) => t.role === 'agent' && t.content.includes(line))) this.warningsGiven.add(at);
    }
  }

  get started(): boolean {
    return this.startedAtMs !== null;
  }

  get elapsedMs(): number {
    return this.startedAtMs === null ? 0 : this.clock.now() - this.startedAtMs;
  }

  get remainingMs(): number {
    return Math.max(0, this.policy.maxDurationMs - this.elapsedMs);
  }

  get timeIsUp(): boolean {
    return this.elapsedMs >= this.policy.maxDurationMs;
  }

  /** Starts the clock now; returns the start time. */
  start(): number {
    const now = this.clock.now();
    this.startedAtMs = now;
    return now;
  }

  /** Another instance may have started the call first: its start time is the truth. */
  adoptStart(startedAtMs: number): void {
    this.startedAtMs = Math.min(this.startedAtMs ?? Infinity, startedAtMs);
  }

  /** What this turn must do (close, warn, nothing); a warning counts as given once decided. */
  decideTurn(): ClockDecision {
    const decision = clockDecision(this.elapsedMs, this.policy, this.warningsGiven);
    if (decision.kind === 'warn') this.warningsGiven.add(decision.atMs);
    return decision;
  }

  /** Arms the timers for the end of the call and the fit window's opening, once. */
  arm(handlers: { onTimeUp(): void; onFitWindow(): void }): void {
    if (this.cancels.length > 0) return;
    this.at(this.policy.maxDurationMs, () => handlers.onTimeUp());
    const { from } = this.policy.congruencyWindowMs;
    if (this.elapsedMs < from) this.at(from, () => handlers.onFitWindow());
  }

  /**
   * Runs `fn` when the call has run `elapsedMs`, read on the same wall clock as every other
   * decision. Node's timers count from the event loop's cached time, so one can fire a few
   * milliseconds early; the fit window would then still read as shut and the check would
   * wait for the next answer (or never run). Early, it waits the rest.
   */
  private at(elapsedMs: number, fn: () => void): void {
    this.cancels.push(
      this.clock.schedule(elapsedMs - this.elapsedMs, () => {
        if (this.elapsedMs < elapsedMs) this.at(elapsedMs, fn);
        else fn();
      }),
    );
  }

  disarm(): void {
    for (const cancel of this.cancels.splice(0)) cancel();
  }
}
