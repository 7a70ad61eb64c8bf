import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DatabaseHandle } from '@voxly/api/db';
import { sharedPostgresDatabase, spawnServer, type ServerProcess } from '@voxly/api/testing';

/**
 * Real server processes (src/main.ts) on one scratch PostgreSQL database, sharing a data
 * folder and a session secret, as restarts and instances of one deployment do. `handle` is
 * the test's own connection to that database.
 */
export async function serverProcesses(name: string, env: Record<string, string> = {}) {
  const shared = await sharedPostgresDatabase();
  const handle: DatabaseHandle = await shared.target.open();
  const dataDir = mkdtempSync(join(tmpdir(), `voxly-${name}-`));
  const running: ServerProcess[] = [];
  return {
    handle,
    async start() {
      const server = spawnServer({
        env: {
          PORT: '0',
          HOST: '127.0.0.1',
          LOG_LEVEL: 'info',
          DATABASE_URL: shared.url,
          VOXLY_DATA_DIR: dataDir,
          VOXLY_SESSION_SECRET: `${name}-test-session-secret-0123456789abcdef`,
          ...env,
        },
      });
      running.push(server);
      return { server, url: await server.listening() };
    },
    async kill(server: ServerProcess) {
      await server.stop('SIGKILL');
    },
    async stopAll() {
      await Promise.all(running.map((server) => server.stop('SIGKILL')));
      await handle.close();
      await shared.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
