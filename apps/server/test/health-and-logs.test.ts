import { testDatabaseTargets } from '@voxly/api/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../src/logging/logger.ts';
import { apiClient, jsonOf, signInLocally, startTestServer, type TestServer } from './support/test-server.ts';

const [pglite] = testDatabaseTargets;

describe('health, readiness, headers and logs', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(pglite!);
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('reports liveness and database readiness', async () => {
    expect(await (await fetch(`${server.url}/health`)).json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${server.url}/ready`);
    expect(ready.status).toBe(200);
    expect(await jsonOf(ready)).toEqual({ status: 'ready' });
  });

  it('sends security headers and allows only the web origin', async () => {
    const allowed = await fetch(`${server.url}/health`, { headers: { origin: 'http://localhost:3000' } });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('http://localhost:3000');
    expect(allowed.headers.get('access-control-allow-credentials')).toBe('true');
    expect(allowed.headers.get('x-content-type-options')).toBe('nosniff');
    const csp = allowed.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).not.toContain('upgrade-insecure-requests'); // plain http in local mode
    expect(allowed.headers.get('strict-transport-security')).toBeNull();
    expect(allowed.headers.get('x-powered-by')).toBeNull();

    const foreign = await fetch(`${server.url}/health`, { headers: { origin: 'https://evil.example' } });
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('never writes cookies, bearer tokens or session tokens to the log', async () => {
    const cookie = await signInLocally(server.url, 'Log Reader');
    const token = cookie.split('=')[1]!;
    await apiClient(server.url, { cookie, authorization: 'Bearer secret-bearer-token-123' }).account.me.query();
    const log = server.logs.join('');
    expect(log).toContain('/trpc/account.me'); // the request was logged, without its headers
    expect(log).not.toContain(token);
    expect(log).not.toContain('secret-bearer-token-123');
  });
});

describe('what the log keeps at info (the default)', () => {
  it('writes start-up, the address and the vendor modes, and no line per request', async () => {
    const server = await startTestServer(pglite!, { LOG_LEVEL: 'info' });
    try {
      await fetch(`${server.url}/trpc/account.publicConfig`);
      await fetch(`${server.url}/auth/local/sign-out`, { method: 'POST' });
      const log = server.logs.join('');
      expect(log).toContain('"msg":"adapters selected"');
      expect(log).toContain(`"url":"http://127.0.0.1:${new URL(server.url).port}","msg":"listening"`);
      expect(log).not.toContain('/trpc/account.publicConfig');
      expect(log).not.toContain('/auth/local/sign-out');
    } finally {
      await server.stop();
    }
  });
});

describe('the logger', () => {
  it('redacts credentials and candidate documents wherever they are logged', () => {
    const lines: string[] = [];
    const logger = createLogger('info', { write: (line: string) => void lines.push(line) });
    logger.info({
      req: { headers: { authorization: 'Bearer abc123', cookie: 'voxly_session=zzz', 'x-signature': 'ts=1,v1=ff' } },
      input: { resumeText: 'My private resume', jobDescription: 'JD', apiKey: 'sk-live', name: 'Ana' },
    });
    const line = lines.join('');
    for (const secret of ['abc123', 'voxly_session=zzz', 'v1=ff', 'My private resume', 'sk-live']) {
      expect(line).not.toContain(secret);
    }
    expect(line).toContain('"name":"Ana"');
    expect(line.match(/\[redacted\]/g)).toHaveLength(6);
  });
});

describe('readiness without a database', () => {
  it('answers 503 when the database is gone, while staying alive', async () => {
    const server = await startTestServer(pglite!);
    try {
      await server.database.close();
      const ready = await fetch(`${server.url}/ready`);
      expect(ready.status).toBe(503);
      expect((await jsonOf(ready)).status).toBe('unavailable');
      expect((await fetch(`${server.url}/health`)).status).toBe(200);
    } finally {
      await server.close();
    }
  });
});
