import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getBalance } from '@voxly/api/credits';
import { testDatabaseTargets } from '@voxly/api/testing';
import { loadServerConfig, webCallVersionsJoinableBy } from '@voxly/config/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { retellConnectSources, retellLiveKitHost } from '../src/adapters/voice/retell/retell-browser-client.ts';
import { FakeRetell } from './support/fake-retell.ts';
import { backendInterview, grantCredits } from './support/interview-fixtures.ts';
import { apiClient, signInLocally, startTestServer, trpcError, type TestServer } from './support/test-server.ts';

/**
 * The contract between the call the server creates and the browser client the web app ships:
 * read from the web app's manifest and the installed package, never assumed.
 */
const webRoot = fileURLToPath(new URL('../../web/', import.meta.url));
const webManifest = JSON.parse(readFileSync(join(webRoot, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
const clientPackageJson = createRequire(join(webRoot, 'package.json')).resolve('retell-client-js-sdk/package.json');
const installedClient = JSON.parse(readFileSync(clientPackageJson, 'utf8')) as { version: string };
const clientMajor = Number(installedClient.version.split('.')[0]);

const retellEnv = (baseURL: string, extra: Record<string, string> = {}) => ({
  RETELL_API_KEY: 'key_contract',
  RETELL_AGENT_ID: 'agent_contract',
  RETELL_BASE_URL: baseURL,
  RETELL_LLM_WEBSOCKET_SECRET: 'contract-llm-socket-secret-0123456789',
  ...extra,
});

describe('the Retell call the server creates is one the shipped browser client can join', () => {
  it('ships the browser client the manifest names, and configures by default a call version that major joins', () => {
    expect(webManifest.dependencies['retell-client-js-sdk']).toBe(installedClient.version);
    const { voice } = loadServerConfig(retellEnv('http://127.0.0.1:9'));
    expect(voice.kind === 'retell' && voice.webCallVersion).toBe('v2');
    expect(webCallVersionsJoinableBy(clientMajor)).toContain(voice.kind === 'retell' ? voice.webCallVersion : null);
    // v3 is a gateway token: the 2.x client cannot take it, so v3 stays off until the web app ships 3.x.
    if (clientMajor < 3) expect(webCallVersionsJoinableBy(clientMajor)).not.toContain('v3');
  });

  it('admits in the CSP exactly the LiveKit host the shipped client dials', () => {
    const dist = join(dirname(clientPackageJson), 'dist');
    const dialled = new Set(
      readdirSync(dist)
        .filter((file) => /\.(m?js)$/.test(file))
        .flatMap((file) => [...readFileSync(join(dist, file), 'utf8').matchAll(/connect\("wss:\/\/([a-z0-9.-]+)"/g)].map((m) => m[1])),
    );
    expect([...dialled]).toEqual([retellLiveKitHost]);
    expect(retellConnectSources).toEqual(
      expect.arrayContaining([`wss://${retellLiveKitHost}`, 'wss://*.livekit.cloud', 'https://*.livekit.cloud']),
    );
  });
});

describe.each(testDatabaseTargets)('the token the browser receives, $name', (target) => {
  let retell: FakeRetell;
  const servers: TestServer[] = [];
  let users = 0;
  beforeAll(async () => {
    retell = await new FakeRetell().start();
  });
  afterAll(async () => {
    await Promise.all(servers.map((server) => server.stop()));
    await retell?.stop();
  });

  async function createdBy(env: Record<string, string>) {
    const server = await startTestServer(target, env);
    servers.push(server);
    users += 1;
    const cookie = await signInLocally(server.url, `Contract User ${users}`);
    await grantCredits(server.database.db, `local:contract-user-${users}`, 1);
    return { server, created: await apiClient(server.url, { cookie }).interview.create.mutate(backendInterview) };
  }

  it('is a v2 web call’s access token, one the 2.x client joins, never a gateway token', async () => {
    const { created } = await createdBy(retellEnv(retell.baseURL));
    expect(created.accessToken).toEqual(expect.any(String));
    const version = retell.tokenVersion(created.accessToken!);
    expect(version).toBe('v2');
    expect(webCallVersionsJoinableBy(clientMajor)).toContain(version);
  });

  it('is a gateway token when v3 is asked for (for the 3.x client), which the shipped 2.x client could not join', async () => {
    const { created } = await createdBy(retellEnv(retell.baseURL, { RETELL_WEB_CALL_VERSION: 'v3' }));
    expect(retell.tokenVersion(created.accessToken!)).toBe('v3');
    expect(created.accessToken).toMatch(/^gw_/);
  });

  it('refuses to hand on a gateway token that answered a v2 request: no call, no debit', async () => {
    const server = await startTestServer(target, retellEnv(retell.baseURL));
    servers.push(server);
    users += 1;
    const cookie = await signInLocally(server.url, `Contract User ${users}`);
    const userId = `local:contract-user-${users}`;
    await grantCredits(server.database.db, userId, 1);
    retell.v2AnswersGateway = true;
    try {
      const api = apiClient(server.url, { cookie });
      const error = await trpcError(api.interview.create.mutate(backendInterview));
      expect(error.data?.code).toBe('SERVICE_UNAVAILABLE');
      expect(await getBalance(server.database.db, userId)).toBe(1);
      expect(await api.interview.list.query()).toEqual([]);
    } finally {
      retell.v2AnswersGateway = false;
    }
  });

  it('allows the LiveKit hosts in connect-src with Retell on, both schemes, never a bare scheme or *; nothing of it without Retell', async () => {
    const connectSrc = async (server: TestServer) => {
      const csp = (await fetch(`${server.url}/health`)).headers.get('content-security-policy') ?? '';
      return csp
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .find(([name]) => name === 'connect-src')!
        .slice(1);
    };
    const withRetell = await startTestServer(target, retellEnv(retell.baseURL));
    const without = await startTestServer(target);
    servers.push(withRetell, without);
    const sources = await connectSrc(withRetell);
    expect(sources).toEqual([
      "'self'",
      `wss://${retellLiveKitHost}`,
      `https://${retellLiveKitHost}`,
      'wss://*.livekit.cloud',
      'https://*.livekit.cloud',
    ]);
    for (const source of sources) expect(source).not.toMatch(/^(\*|[a-z]+:(\/\/\*?)?)$/);
    expect(await connectSrc(without)).toEqual(["'self'"]);
  });
});
