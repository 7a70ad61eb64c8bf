import { describe, expect, it } from 'vitest';
import { batchWhileBusy } from '../src/db/batch-while-busy.ts';

/** A statement runner that records each batch and answers when the test says so. */
function recordingRunner() {
  const batches: string[][] = [];
  const pending: { resolve: () => void; reject: (error: Error) => void }[] = [];
  const run = (keys: readonly string[]) => {
    batches.push([...keys]);
    return new Promise<string[]>((resolve, reject) => {
      pending.push({ resolve: () => resolve(keys.map((k) => `answer:${k}`)), reject });
    });
  };
  return { run, batches, pending };
}

const afterThisPass = () => new Promise((resolve) => setImmediate(resolve));

describe('batchWhileBusy', () => {
  it('sends a lone request at once, alone', async () => {
    const { run, batches, pending } = recordingRunner();
    const ask = batchWhileBusy(run);
    const answer = ask('a');
    await afterThisPass();
    expect(batches).toEqual([['a']]);
    pending[0]!.resolve();
    expect(await answer).toBe('answer:a');
  });

  it('sends what one pass asked as one batch', async () => {
    const { run, batches, pending } = recordingRunner();
    const ask = batchWhileBusy(run);
    const answers = Promise.all([ask('a'), ask('b')]);
    // A request from a later callback of the same pass (a separate I/O event) joins too.
    setTimeout(() => void ask('c'), 0);
    await new Promise((resolve) => setTimeout(resolve, 5));
    await afterThisPass();
    expect(batches.length).toBeGreaterThanOrEqual(1);
    expect(batches[0]).toEqual(expect.arrayContaining(['a', 'b']));
    for (const p of pending) p.resolve();
    expect(await answers).toEqual(['answer:a', 'answer:b']);
  });

  it('holds what is asked while a statement is out, then sends it together, in order', async () => {
    const { run, batches, pending } = recordingRunner();
    const ask = batchWhileBusy(run);
    const first = ask('a');
    await afterThisPass();
    const later = [ask('b'), ask('c')];
    await afterThisPass();
    await afterThisPass();
    ask('d').catch(() => {});
    await afterThisPass();
    expect(batches).toEqual([['a']]); // nothing else goes while 'a' is out
    pending[0]!.resolve();
    expect(await first).toBe('answer:a');
    await afterThisPass();
    expect(batches).toEqual([['a'], ['b', 'c', 'd']]);
    pending[1]!.resolve();
    expect(await Promise.all(later)).toEqual(['answer:b', 'answer:c']);
  });

  it('rejects every request of a failed batch and still sends the next one', async () => {
    const { run, batches, pending } = recordingRunner();
    const ask = batchWhileBusy(run);
    const failing = ask('a');
    await afterThisPass();
    const next = ask('b');
    await afterThisPass();
    pending[0]!.reject(new Error('database unavailable'));
    await expect(failing).rejects.toThrow('database unavailable');
    await afterThisPass();
    expect(batches).toEqual([['a'], ['b']]);
    pending[1]!.resolve();
    expect(await next).toBe('answer:b');
  });

  it('asks the database again every time (no cache)', async () => {
    const { run, batches, pending } = recordingRunner();
    const ask = batchWhileBusy(run);
    const one = ask('a');
    await afterThisPass();
    pending[0]!.resolve();
    await one;
    const two = ask('a');
    await afterThisPass();
    pending[1]!.resolve();
    await two;
    expect(batches).toEqual([['a'], ['a']]);
  });

  it('asks a failed batch again one by one, so one bad request fails alone', async () => {
    const statements: string[][] = [];
    const ask = batchWhileBusy((keys: readonly string[]) => {
      statements.push([...keys]);
      if (keys.includes('bad')) return Promise.reject(new Error('invalid input syntax'));
      return Promise.resolve(keys.map((k) => `answer:${k}`));
    });
    const answers = await Promise.allSettled([ask('a'), ask('bad'), ask('c')]);
    expect(answers).toEqual([
      { status: 'fulfilled', value: 'answer:a' },
      { status: 'rejected', reason: new Error('invalid input syntax') },
      { status: 'fulfilled', value: 'answer:c' },
    ]);
    expect(statements).toEqual([['a', 'bad', 'c'], ['a'], ['bad'], ['c']]);
  });

  it('sends a burst larger than a batch as several statements, one after another, answering every request', async () => {
    const { run, batches, pending } = recordingRunner();
    const ask = batchWhileBusy(run, { maxBatch: 2 });
    const first = ask('a');
    await afterThisPass();
    const burst = ['b', 'c', 'd', 'e', 'f'].map((k) => ask(k));
    await afterThisPass();
    expect(batches).toEqual([['a']]);
    for (let i = 0; i < 4; i += 1) {
      pending[i]!.resolve();
      await afterThisPass();
    }
    expect(batches).toEqual([['a'], ['b', 'c'], ['d', 'e'], ['f']]);
    expect(await first).toBe('answer:a');
    expect(await Promise.all(burst)).toEqual(['answer:b', 'answer:c', 'answer:d', 'answer:e', 'answer:f']);
  });
});
