import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { spawnServer } from './support/spawn-server.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'voxly-process-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const runMain = (env: Record<string, string>) => spawnServer({ VOXLY_DATA_DIR: dataDir, ...env });

describe('the server process', () => {
  it('refuses to start with local sign-in in production', async () => {
    const run = runMain({ NODE_ENV: 'production', PORT: '0', VOXLY_ALLOW_SANDBOX_PAYMENTS: 'true' });
    expect(await run.exited).toBe(1);
    expect(run.output()).toContain('Local sign-in is refused in production');
  });

  it('refuses to start with a half-configured vendor, naming the missing key', async () => {
    const run = runMain({ PORT: '0', MERCADOPAGO_ACCESS_TOKEN: 'TEST-123' });
    expect(await run.exited).toBe(1);
    expect(run.output()).toContain('MERCADOPAGO_WEBHOOK_SECRET is missing');
  });

  it('serves, then shuts down cleanly on SIGTERM', async () => {
    const run = runMain({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info' });
    const url = await run.listening();
    expect((await fetch(`${url}/ready`)).status).toBe(200);
    run.child.kill('SIGTERM');
    expect(await run.exited).toBe(0);
    expect(run.output()).toContain('"msg":"shutting down"');
  }, 40_000);
});
