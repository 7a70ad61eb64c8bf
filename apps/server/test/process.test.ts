import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createScratchPostgresDatabase, spawnServer } from '@voxly/api/testing';
import { afterAll, describe, expect, it, onTestFinished } from 'vitest';
import { buildServerBundle } from '../scripts/server-bundle.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'voxly-process-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const runMain = (env: Record<string, string>) => spawnServer({ env: { VOXLY_DATA_DIR: dataDir, ...env } });

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

  it('runs from the production bundle: migrates a fresh database, serves the API, shuts down', async () => {
    mkdirSync(fileURLToPath(new URL('../dist', import.meta.url)), { recursive: true });
    // Beside the real one (npm packages resolve from there), so a build cannot race this test.
    const bundleDir = mkdtempSync(fileURLToPath(new URL('../dist/test-', import.meta.url)));
    onTestFinished(() => rmSync(bundleDir, { recursive: true, force: true }));
    const bundle = join(bundleDir, 'main.js');
    await buildServerBundle(bundle);
    const fresh = join(dataDir, 'bundle-data');
    const run = spawnServer({ env: { VOXLY_DATA_DIR: fresh, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info' }, entry: bundle });
    const url = await run.listening();
    expect((await fetch(`${url}/ready`)).status).toBe(200);
    // Signing in and reading the account use the migrated tables (a missing schema answers 500).
    const signIn = await fetch(`${url}/auth/local`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"name":"Bundle Tester"}',
    });
    expect(signIn.status).toBe(200);
    const me = await fetch(`${url}/trpc/account.me`, { headers: { cookie: signIn.headers.getSetCookie().join('; ') } });
    expect(me.status).toBe(200);
    expect(await me.text()).toContain('Bundle Tester');
    run.child.kill('SIGTERM');
    expect(await run.exited).toBe(0);
    expect(run.output()).not.toContain('tsx');

    // Every vendor configured, on PostgreSQL: each adapter's chunk (and its SDK) loads on demand.
    const scratch = await createScratchPostgresDatabase();
    onTestFinished(() => scratch.drop());
    const vendors = spawnServer({
      env: {
        VOXLY_DATA_DIR: fresh,
        PORT: '0',
        HOST: '127.0.0.1',
        LOG_LEVEL: 'info',
        DATABASE_URL: scratch.url,
        CLERK_SECRET_KEY: 'sk_test_bundle',
        CLERK_PUBLISHABLE_KEY: `pk_test_${Buffer.from('clerk.voxly.example$').toString('base64')}`,
        RETELL_API_KEY: 'key_bundle',
        RETELL_AGENT_ID: 'agent_bundle',
        RETELL_LLM_WEBSOCKET_SECRET: 'bundle-socket-secret-0123456789',
        MERCADOPAGO_ACCESS_TOKEN: 'TEST-bundle',
        MERCADOPAGO_WEBHOOK_SECRET: 'bundle-webhook-secret',
        OPENAI_API_KEY: 'sk-bundle',
      },
      entry: bundle,
    });
    const vendorsUrl = await vendors.listening();
    expect((await fetch(`${vendorsUrl}/ready`)).status).toBe(200);
    expect(vendors.output()).toMatch(
      /"modes":\{"auth":"clerk","llm":"openai","voice":"retell","payments":"mercadopago","database":"postgres"\}/,
    );
    vendors.child.kill('SIGTERM');
    expect(await vendors.exited).toBe(0);
  }, 60_000);
});
