import { describe, expect, it } from 'vitest';
import { coalesceWrites } from '../src/http/coalesce-writes.ts';

/** A socket that records cork and uncork, and whether it is corked now. */
function recordingSocket() {
  const calls: string[] = [];
  let depth = 0;
  return {
    calls,
    corked: () => depth > 0,
    cork: () => {
      depth += 1;
      calls.push('cork');
    },
    uncork: () => {
      depth -= 1;
      calls.push('uncork');
    },
  };
}

const nextTick = () => new Promise<void>((resolve) => process.nextTick(resolve));

describe('coalesceWrites', () => {
  it('corks on the first frame of a pass and uncorks once, on the next tick', async () => {
    const socket = recordingSocket();
    const beforeSend = coalesceWrites(socket);
    beforeSend();
    beforeSend();
    await Promise.resolve(); // frames sent from promise callbacks of the same pass join it too
    beforeSend();
    expect(socket.calls).toEqual(['cork']);
    await nextTick();
    expect(socket.calls).toEqual(['cork', 'uncork']);
    expect(socket.corked()).toBe(false);
  });

  it('starts a new batch in a later pass', async () => {
    const socket = recordingSocket();
    const beforeSend = coalesceWrites(socket);
    beforeSend();
    await nextTick();
    beforeSend();
    await nextTick();
    expect(socket.calls).toEqual(['cork', 'uncork', 'cork', 'uncork']);
  });
});
