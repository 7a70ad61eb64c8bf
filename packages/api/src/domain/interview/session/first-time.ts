/**
 * A fact the refund rule reads, recorded once: when it first happened (here, at once) and
 * its write to the database (which an ending waits for).
 */
export class FirstTime {
  private recorded: Promise<void> = Promise.resolve();

  constructor(private first: Date | null) {}

  get at(): Date | null {
    return this.first;
  }

  /** Records `now` unless already recorded; `write` stores it, `onError` hears why it could not. */
  mark(now: number, write: (at: Date) => Promise<void>, onError: (error: unknown) => void): void {
    if (this.first) return;
    const at = new Date(now);
    this.first = at;
    this.recorded = write(at).catch(onError);
  }

  written(): Promise<void> {
    return this.recorded;
  }
}
