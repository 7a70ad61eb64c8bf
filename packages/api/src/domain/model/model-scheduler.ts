/** A side call was refused (or pushed out) because live turns need the model: the caller answers locally. */
export class ModelBusyError extends Error {
  constructor() {
    super('the language model is busy with live turns');
    this.name = 'ModelBusyError';
  }
}

/** `live`: a candidate is waiting for the interviewer. `side`: anything else (field, fit check, review, cache warm-up). */
export type ModelLane = 'live' | 'side';

/** A granted turn on the model. A side slot's `preempted` aborts when a live turn needs it. */
export interface ModelSlot {
  readonly preempted: AbortSignal;
  release(): void;
}

interface Waiter {
  lane: ModelLane;
  grant(slot: ModelSlot): void;
}

/**
 * Who may use one model server now, at most `capacity` requests at a time (0: no limit).
 * Live turns come first: they take a free slot, else push the youngest side call out (its
 * holder sees `preempted` abort and releases), else wait ahead of every side call. A side
 * call starts only on a free slot with no live turn waiting; when busy it is refused at
 * once (`refuse`: the caller has a local answer) or queued behind live turns (`wait`).
 * Pure bookkeeping: no timers, no I/O.
 */
export class ModelScheduler {
  private readonly running = new Set<{ lane: ModelLane; preempt: AbortController }>();
  private readonly waiting: Waiter[] = [];

  constructor(readonly capacity: number) {}

  /** Requests in flight, per lane (for tests and logs). */
  get busy(): Record<ModelLane, number> {
    const count = { live: 0, side: 0 };
    for (const slot of this.running) count[slot.lane] += 1;
    return count;
  }

  acquire(lane: ModelLane, options: { whenBusy: 'wait' | 'refuse'; signal?: AbortSignal }): Promise<ModelSlot> {
    const { signal } = options;
    if (signal?.aborted) return Promise.reject(signal.reason as Error);
    const liveWaiting = this.waiting.some((w) => w.lane === 'live');
    if (this.hasRoom() && (lane === 'live' || !liveWaiting)) return Promise.resolve(this.grant(lane));
    if (lane === 'side' && options.whenBusy === 'refuse') return Promise.reject(new ModelBusyError());
    if (lane === 'live') this.preemptYoungestSide();
    return new Promise<ModelSlot>((resolve, reject) => {
      const waiter: Waiter = {
        lane,
        grant: (slot) => {
          signal?.removeEventListener('abort', onAbort);
          resolve(slot);
        },
      };
      const onAbort = () => {
        const index = this.waiting.indexOf(waiter);
        if (index >= 0) this.waiting.splice(index, 1);
        reject(signal?.reason as Error);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      // Live turns queue ahead of every side call, in their own order.
      const firstSide = this.waiting.findIndex((w) => w.lane === 'side');
      if (lane === 'live' && firstSide >= 0) this.waiting.splice(firstSide, 0, waiter);
      else this.waiting.push(waiter);
    });
  }

  private hasRoom(): boolean {
    return this.capacity === 0 || this.running.size < this.capacity;
  }

  private grant(lane: ModelLane): ModelSlot {
    const entry = { lane, preempt: new AbortController() };
    this.running.add(entry);
    let released = false;
    return {
      preempted: entry.preempt.signal,
      release: () => {
        if (released) return;
        released = true;
        this.running.delete(entry);
        this.next();
      },
    };
  }

  private preemptYoungestSide(): void {
    const sides = [...this.running].filter((slot) => slot.lane === 'side' && !slot.preempt.signal.aborted);
    // Only as many as the live turns waiting need (this one included).
    const liveWaiting = this.waiting.filter((w) => w.lane === 'live').length + 1;
    const alreadyPreempted = [...this.running].filter((slot) => slot.lane === 'side' && slot.preempt.signal.aborted).length;
    if (alreadyPreempted >= liveWaiting) return;
    sides.at(-1)?.preempt.abort(new ModelBusyError());
  }

  private next(): void {
    while (this.hasRoom() && this.waiting.length > 0) {
      const waiter = this.waiting.shift();
      waiter?.grant(this.grant(waiter.lane));
    }
  }
}
