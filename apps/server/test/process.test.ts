import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const serverDir = fileURLToPath(new URL('..', import.meta.url));
const dataDir = mkdtempSync(join(tmpdir(), 'voxly-process-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** Runs `src/main.ts` as the real entry point does, under tsx. */
function runMain(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: serverDir,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', VOXLY_DATA_DIR: dataDir, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, output: () => output };
}

async function waitFor(check: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 50));
  }
}

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
    await waitFor(() => run.output().includes('"msg":"listening"'), 30_000);
    const port = Number(/"port":(\d+)/.exec(run.output())![1]);
    expect((await fetch(`http://127.0.0.1:${port}/ready`)).status).toBe(200);
    run.child.kill('SIGTERM');
    expect(await run.exited).toBe(0);
    expect(run.output()).toContain('"msg":"shutting down"');
  }, 40_000);
});
