import type { Clock } from '../../src/domain/interview/clock.ts';

/** A clock tests move by hand: `advance` fires every timer that falls due, in order. */
export class ManualClock implements Clock {
  private current: number;
  private timers: { at: number; fn: () => void; id: number }[] = [];
  private nextId = 0;

  constructor(start = Date.parse('2026-11-24T10:00:00Z')) {
    this.current = start;
  }

  now(): number {
    return this.current;
  }

  schedule(ms: number, fn: () => void): () => void {
    const id = (this.nextId += 1);
    this.timers.push({ at: this.current + Math.max(0, ms), fn, id });
    return () => {
      this.timers = this.timers.filter((t) => t.id !== id);
    };
  }

  /** Timers waiting to fire: lets a test see that the server has scheduled something. */
  get pendingTimers(): number {
    return this.timers.length;
  }

  /** Moves time forward, firing due timers one by one (a timer may schedule another). */
  advance(ms: number): void {
    const target = this.current + ms;
    for (;;) {
      const due = this.timers.filter((t) => t.at <= target).sort((a, b) => a.at - b.at || a.id - b.id)[0];
      if (!due) break;
      this.timers = this.timers.filter((t) => t.id !== due.id);
      this.current = Math.max(this.current, due.at);
      due.fn();
    }
    this.current = target;
  }
}
