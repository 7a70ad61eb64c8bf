import { testDatabaseTargets } from '@voxly/api/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiClient, signInLocally, startTestServer, trpcErrorCode, type TestServer } from './support/test-server.ts';

describe.each(testDatabaseTargets)('API contract over HTTP, local sign-in, $name', (target) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(target);
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('answers anonymous callers on public procedures', async () => {
    const anon = apiClient(server.url);
    const config = await anon.account.publicConfig.query();
    expect(config).toEqual({
      modes: { auth: 'local', llm: 'scripted', voice: 'browser', payments: 'sandbox', database: target.name },
      currency: 'BRL',
      clerkPublishableKey: null,
    });
    const packages = await anon.billing.packages.query();
    expect(packages.map((p) => p.id)).toEqual(['starter', 'intermediate', 'professional']);
  });

  it('rejects anonymous calls to every protected procedure with UNAUTHORIZED', async () => {
    const anon = apiClient(server.url);
    expect(await trpcErrorCode(anon.account.me.query())).toBe('UNAUTHORIZED');
    expect(await trpcErrorCode(anon.billing.balance.query())).toBe('UNAUTHORIZED');
    expect(await trpcErrorCode(anon.billing.history.query())).toBe('UNAUTHORIZED');
    expect(await trpcErrorCode(anon.account.updateProfile.mutate({ locale: 'es' }))).toBe('UNAUTHORIZED');
  });

  it('signs in a local user who sees a zero balance and local mode', async () => {
    const cookie = await signInLocally(server.url, 'Ana María');
    const me = await apiClient(server.url, { cookie }).account.me.query();
    expect(me).toEqual({
      user: { id: 'local:ana-maria', name: 'Ana María', email: null, locale: null },
      credits: 0,
      modes: expect.objectContaining({ auth: 'local', payments: 'sandbox' }),
    });
    expect(await apiClient(server.url, { cookie }).billing.history.query()).toEqual([]);
  });

  it('keeps one account per name, whatever the case or accents', async () => {
    const first = await signInLocally(server.url, 'Joao Silva');
    await apiClient(server.url, { cookie: first }).account.updateProfile.mutate({ locale: 'pt-BR' });
    const second = await signInLocally(server.url, 'JOÃO silva');
    const me = await apiClient(server.url, { cookie: second }).account.me.query();
    expect(me.user).toMatchObject({ id: 'local:joao-silva', locale: 'pt-BR' });
  });

  it('sets an HttpOnly, SameSite=Lax cookie and clears it on sign-out', async () => {
    const response = await fetch(`${server.url}/auth/local`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Cookie Check' }),
    });
    const setCookie = response.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/^voxly_session=/);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Lax/);
    expect(setCookie).not.toMatch(/Secure/); // http://localhost in local mode

    const signOut = await fetch(`${server.url}/auth/local/sign-out`, { method: 'POST' });
    expect(signOut.status).toBe(200);
    expect(signOut.headers.get('set-cookie')).toMatch(/voxly_session=;.*Expires=Thu, 01 Jan 1970/);
  });
});

describe.each(testDatabaseTargets)('session probe, $name', (target) => {
  it('tells who is signed in without an error for anonymous callers', async () => {
    const server = await startTestServer(target);
    try {
      expect(await apiClient(server.url).account.session.query()).toBeNull();
      const cookie = await signInLocally(server.url, 'Dee');
      expect(await apiClient(server.url, { cookie }).account.session.query()).toEqual({ userId: 'local:dee', name: 'Dee' });
    } finally {
      await server.stop();
    }
  });
});
