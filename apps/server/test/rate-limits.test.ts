import { testDatabaseTargets } from '@voxly/api/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiClient, jsonOf, signInLocally, startTestServer, trpcError, type TestServer } from './support/test-server.ts';

const [pglite, postgres] = testDatabaseTargets;
const redisUrl = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
/** Local user ids come from names: a fresh name per run keeps counters of earlier runs out. */
const unique = (name: string) => `${name} ${Math.random().toString(36).slice(2, 8)}`;

async function signIn(server: TestServer, name: string) {
  return apiClient(server.url, { cookie: await signInLocally(server.url, unique(name)) });
}

describe('rate limits (memory store)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(pglite!, { VOXLY_RATE_LIMIT_API: '5', VOXLY_RATE_LIMIT_AUTH: '4', VOXLY_RATE_LIMIT_WEBHOOK: '3' });
  });
  afterAll(() => server?.stop());

  it('limits the API per signed-in user, with a tRPC error the client understands', async () => {
    const ana = await signIn(server, 'Ana');
    const bruno = await signIn(server, 'Bruno');
    for (let i = 0; i < 5; i += 1) await ana.account.me.query();
    const error = await trpcError(ana.account.me.query());
    expect(error.data?.code).toBe('TOO_MANY_REQUESTS');
    expect(error.message).toMatch(/Too many requests/);
    // Another user behind the same address is not affected.
    expect((await bruno.account.me.query()).credits).toBe(0);
  });

  it('limits anonymous callers per IP (as the reverse proxy reports it), and says when to come back', async () => {
    const from = (ip: string) => fetch(`${server.url}/trpc/account.publicConfig`, { headers: { 'x-forwarded-for': ip } });
    let last: Response | undefined;
    for (let i = 0; i < 6; i += 1) last = await from('203.0.113.8');
    expect(last!.status).toBe(429);
    expect((await from('203.0.113.9')).status).toBe(200);
    expect(last!.headers.get('ratelimit-policy')).toMatch(/^"\d+-in-1min"; q=5; w=60/);
    expect(await jsonOf(last!)).toMatchObject({ error: { json: { data: { code: 'TOO_MANY_REQUESTS', httpStatus: 429 } } } });
  });

  it('limits sign-in attempts per IP', async () => {
    const attempts: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      const response = await fetch(`${server.url}/auth/local`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': '198.51.100.4' },
        body: JSON.stringify({ name: unique('Guesser') }),
      });
      attempts.push(response.status);
    }
    expect(attempts).toEqual([200, 200, 200, 200, 429]);
  });

  it('limits webhook deliveries per IP before doing any work', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i += 1) {
      const response = await fetch(`${server.url}/webhook/mercadopago?type=payment&data.id=1`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': '192.0.2.10' },
        body: '{}',
      });
      statuses.push(response.status);
    }
    expect(statuses).toEqual([401, 401, 401, 429]);
  });
});

describe.skipIf(!postgres)('rate limits shared through Redis by two instances', () => {
  let first: TestServer;
  let second: TestServer;
  beforeAll(async () => {
    const env = { REDIS_URL: redisUrl, VOXLY_RATE_LIMIT_API: '6' };
    first = await startTestServer(postgres!, env);
    second = await startTestServer(postgres!, env);
  });
  afterAll(async () => {
    await first?.stop();
    await second?.stop();
  });

  it('counts one user’s requests across instances', async () => {
    const name = unique('Carla');
    const onFirst = apiClient(first.url, { cookie: await signInLocally(first.url, name) });
    const onSecond = apiClient(second.url, { cookie: await signInLocally(second.url, name) });
    for (let i = 0; i < 3; i += 1) {
      await onFirst.account.me.query();
      await onSecond.account.me.query();
    }
    expect((await trpcError(onFirst.account.me.query())).data?.code).toBe('TOO_MANY_REQUESTS');
    expect((await trpcError(onSecond.account.me.query())).data?.code).toBe('TOO_MANY_REQUESTS');
    expect(first.logs.join('')).toContain('"store":"redis"');
  });
});
