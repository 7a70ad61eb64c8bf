import DataLoader from 'dataloader';

/** Rows one statement may carry unless told otherwise: a larger burst goes out as several. */
const defaultMaxBatch = 500;

const toError = (value: unknown) => (value instanceof Error ? value : new Error(String(value)));

/**
 * Answers each request with one database statement per batch: `run` gets the keys of a
 * batch and returns one answer per key, in order. A request made while no statement of
 * this kind is out goes at the end of the current event-loop pass, alone or with what the
 * pass added; requests made while one is out wait for it and then go together. An idle
 * server waits for nothing, and a burst (every call of a restarted instance reconnecting
 * at once) costs a few round trips instead of one per call, without any fixed delay.
 * Nothing is cached: every request reads the database as it is.
 */
export function batchWhileBusy<Key, Answer>(
  run: (keys: readonly Key[]) => Promise<Answer[]>,
  { maxBatch = defaultMaxBatch }: { maxBatch?: number } = {},
): (key: Key) => Promise<Answer> {
  // One statement of this kind out at a time; batches made meanwhile (a burst over
  // `maxBatch` makes several) wait here in order and go one after another.
  let out = false;
  const waiting: (() => void)[] = [];
  const sendNext = () => {
    const dispatch = waiting.shift();
    if (!dispatch) return;
    out = true;
    dispatch();
  };
  const loader = new DataLoader<Key, Answer>(
    async (keys) => {
      try {
        return await run(keys);
      } catch (error) {
        // One bad row must not fail the requests beside it: a failed batch is asked again
        // one by one, so each request gets the answer (or the error) it would have alone.
        if (keys.length === 1) throw error;
        return await Promise.all(
          keys.map((key) =>
            run([key]).then(
              ([answer]) => answer as Answer,
              (alone: unknown) => toError(alone),
            ),
          ),
        );
      } finally {
        out = false;
        sendNext();
      }
    },
    {
      cache: false,
      maxBatchSize: maxBatch,
      // setImmediate, not DataLoader's next tick: sockets' events are separate I/O callbacks with
      // ticks between them, and only the check phase after them sees what the whole pass asked.
      batchScheduleFn: (dispatch) => {
        waiting.push(dispatch);
        if (!out && waiting.length === 1)
          setImmediate(() => {
            if (!out) sendNext();
          });
      },
    },
  );
  return (key) => loader.load(key);
}

/** `batchWhileBusy` for writes: each request is answered when its batch is written. */
export function batchWritesWhileBusy<Key>(
  write: (keys: readonly Key[]) => Promise<void>,
  options?: { maxBatch?: number },
): (key: Key) => Promise<void> {
  return batchWhileBusy(async (keys) => {
    await write(keys);
    return keys.map(() => undefined);
  }, options);
}
