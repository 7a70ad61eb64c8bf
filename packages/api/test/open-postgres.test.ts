import { createServer, type Socket } from 'node:net';
import { describe, expect, it, onTestFinished } from 'vitest';
import { openPostgres } from '../src/db/open-postgres.ts';
import { isDatabaseUnavailable } from '../src/db/pg-error.ts';

describe('openPostgres', () => {
  it('gives up on a database host that accepts connections and never answers, and says it is unavailable', async () => {
    // A host that has gone quiet: the TCP handshake succeeds, no byte ever comes back.
    const sockets: Socket[] = [];
    const silent = createServer((socket) => sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    onTestFinished(async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => silent.close(resolve));
    });
    const { port } = silent.address() as { port: number };

    const error = await openPostgres(`postgres://voxly@127.0.0.1:${port}/test`, { connectTimeoutMs: 300 }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(Error);
    expect(isDatabaseUnavailable(error)).toBe(true);
    expect(sockets.length).toBeGreaterThan(0); // it did reach the host: the wait was for an answer
  });
});
