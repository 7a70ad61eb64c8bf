/**
 * The API is not answering yet: the dev proxy's 502 while `npm start` is still bringing the
 * API up, a 503/504 from a proxy in front of a restarting instance, or no answer at all.
 * Worth waiting for, not an error to show.
 */
export class ServerStartingError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'ServerStartingError';
  }
}

/** Statuses a proxy answers for an API that is not up (yet). */
const startingStatuses = new Set([502, 503, 504]);

export const isStartingStatus = (status: number) => startingStatuses.has(status);

/** Backoff between tries: 250 ms doubling, at most 4 s apart (an API up in 20 s is seen within 4 s). */
export function startUpDelayMs(attempt: number): number {
  return Math.min(250 * 2 ** attempt, 4_000);
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Asks until the server answers: each "starting" failure calls `onStarting` and waits a
 * little longer; any other failure is the caller's. No give-up: the page proceeds on its own
 * whenever the API comes up.
 */
export async function untilServerAnswers<T>(
  ask: () => Promise<T>,
  onStarting: () => void,
  wait: (ms: number) => Promise<void> = sleep,
): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await ask();
    } catch (error) {
      if (!(error instanceof ServerStartingError)) throw error;
      onStarting();
      await wait(startUpDelayMs(attempt));
    }
  }
}
