import { testDatabaseTargets } from '@voxly/api/testing';
import { jsonBodyLimitBytes } from '@voxly/config';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLocalSessionCodec, localSessionCookie } from '../src/adapters/auth/local-session.ts';
import { loadSessionSecret } from '../src/adapters/local-secret.ts';
import { apiClient, jsonOf, signInLocally, startTestServer, trpcError, trpcErrorCode, type TestServer } from './support/test-server.ts';

const [pglite] = testDatabaseTargets;

describe('bad input changes nothing and gets a clear answer', () => {
  let server: TestServer;
  let cookie: string;
  beforeAll(async () => {
    server = await startTestServer(pglite!);
    cookie = await signInLocally(server.url, 'Bea');
  });
  afterAll(async () => {
    await server?.stop();
  });

  const me = (headers: Record<string, string>) => apiClient(server.url, headers).account.me.query();

  it('answers malformed tRPC input with BAD_REQUEST and zod’s message', async () => {
    const client = apiClient(server.url, { cookie });
    const error = await trpcError(client.account.updateProfile.mutate({ locale: 'fr' as 'es' }));
    expect(error.data?.code).toBe('BAD_REQUEST');
    expect(error.message).toContain('✖ Invalid option: expected one of "en"|"es"|"pt-BR"');
    expect(error.message).toContain('→ at locale');

    const tooLong = await trpcError(client.account.updateProfile.mutate({ name: 'x'.repeat(81) }));
    expect(tooLong.data?.code).toBe('BAD_REQUEST');
    expect(tooLong.message).toMatch(/The name can have at most 80 characters\./);

    const empty = await trpcError(client.account.updateProfile.mutate({}));
    expect(empty.message).toContain('Give a name or a locale to change.');

    expect((await client.account.me.query()).user).toMatchObject({ name: 'Bea', locale: null });
  });

  it('answers unknown input keys with BAD_REQUEST', async () => {
    const client = apiClient(server.url, { cookie });
    const error = await trpcError(client.account.updateProfile.mutate({ locale: 'es', credits: 1000 } as unknown as { locale: 'es' }));
    expect(error.data?.code).toBe('BAD_REQUEST');
    expect(error.message).toMatch(/Unrecognized key: "credits"/);
    expect(await client.account.me.query()).toMatchObject({ credits: 0, user: { locale: null } });
  });

  it('answers an unknown procedure with NOT_FOUND', async () => {
    const response = await fetch(`${server.url}/trpc/account.giveMeCredits`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(response.status).toBe(404);
    expect((await jsonOf(response)).error.json.data.code).toBe('NOT_FOUND');
  });

  it('answers an oversize tRPC body with 413', async () => {
    const response = await fetch(`${server.url}/trpc/account.updateProfile`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json' },
      body: JSON.stringify({ json: { name: 'x'.repeat(jsonBodyLimitBytes + 1) } }),
    });
    expect(response.status).toBe(413);
    expect((await jsonOf(response)).error.json.data.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('answers oversize and non-JSON sign-in bodies with 413 and 400', async () => {
    const big = await fetch(`${server.url}/auth/local`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'x'.repeat(10_000) }),
    });
    expect(big.status).toBe(413);
    expect(await jsonOf(big)).toEqual({ error: 'Request body too large.' });

    const notJson = await fetch(`${server.url}/auth/local`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"name": ',
    });
    expect(notJson.status).toBe(400);
    expect(await jsonOf(notJson)).toEqual({ error: 'Body is not valid JSON.' });
  });

  it('refuses sign-in names that are empty, too long, symbol-only or carry extra keys', async () => {
    const post = (body: unknown) =>
      fetch(`${server.url}/auth/local`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    for (const body of [{}, { name: '   ' }, { name: 'y'.repeat(81) }, { name: 42 }, { name: 'Ok', admin: true }]) {
      const response = await post(body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(response.headers.get('set-cookie')).toBeNull();
      expect((await jsonOf(response)).error).toEqual(expect.any(String));
    }
    const symbols = await post({ name: '!!!' });
    expect(await jsonOf(symbols)).toEqual({ error: 'Use at least one letter or digit in your name.' });
  });

  it('treats forged, expired and garbage session cookies as signed out', async () => {
    const forged = await createLocalSessionCodec('another-secret-that-is-long-enough-0000').sign({
      userId: 'local:bea',
      name: 'Bea',
      sessionId: crypto.randomUUID(),
    });
    const realSecret = loadSessionSecret(undefined, server.dataDir);
    const expired = await createLocalSessionCodec(realSecret).sign(
      { userId: 'local:bea', name: 'Bea', sessionId: crypto.randomUUID() },
      Math.floor(Date.now() / 1000) - 31 * 24 * 60 * 60,
    );
    const tampered = `${cookie.slice(0, -3)}abc`;
    for (const bad of [
      `${localSessionCookie}=${forged}`,
      `${localSessionCookie}=${expired}`,
      tampered,
      `${localSessionCookie}=not.a.jwt`,
      `${localSessionCookie}=${'a'.repeat(5000)}`,
      'garbage;;==;',
    ]) {
      expect(await trpcErrorCode(me({ cookie: bad })), bad.slice(0, 40)).toBe('UNAUTHORIZED');
    }
    // the genuine cookie, signed with the secret kept in the data folder, still works
    expect((await me({ cookie })).user.id).toBe('local:bea');
  });
});
