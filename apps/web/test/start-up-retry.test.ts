import { describe, expect, it } from 'vitest';
import { isStartingStatus, ServerStartingError, startUpDelayMs, untilServerAnswers } from '../src/api/start-up-retry.ts';

describe('waiting for the API to start', () => {
  it('backs off from 250 ms, doubling, to at most 4 s', () => {
    expect([0, 1, 2, 3, 4, 5, 9].map(startUpDelayMs)).toEqual([250, 500, 1_000, 2_000, 4_000, 4_000, 4_000]);
  });

  it('counts a proxy’s 502, 503 and 504 as starting, nothing else', () => {
    expect([500, 502, 503, 504, 404, 401].filter(isStartingStatus)).toEqual([502, 503, 504]);
  });

  it('asks again after each starting failure, waiting longer each time, and returns the first answer', async () => {
    const waits: number[] = [];
    let asks = 0;
    let startingNotes = 0;
    const answer = await untilServerAnswers(
      () => {
        asks += 1;
        return asks < 4 ? Promise.reject(new ServerStartingError('The server answered 502.')) : Promise.resolve('config');
      },
      () => (startingNotes += 1),
      (ms) => {
        waits.push(ms);
        return Promise.resolve();
      },
    );
    expect(answer).toBe('config');
    expect(asks).toBe(4);
    expect(startingNotes).toBe(3);
    expect(waits).toEqual([250, 500, 1_000]);
  });

  it('passes any other failure straight on, without asking again', async () => {
    let asks = 0;
    const failing = untilServerAnswers(
      () => {
        asks += 1;
        return Promise.reject(new Error('The server answered 500.'));
      },
      () => undefined,
      () => Promise.resolve(),
    );
    await expect(failing).rejects.toThrow('The server answered 500.');
    expect(asks).toBe(1);
  });
});
