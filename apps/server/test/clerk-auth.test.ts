import { testDatabaseTargets } from '@voxly/api/testing';
import { exportSPKI, generateKeyPair, type CryptoKey } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clerkOfflineKeys, clerkSessionToken } from './support/clerk-tokens.ts';
import { apiClient, startTestServer, trpcErrorCode, type TestServer } from './support/test-server.ts';

const sessionToken = clerkSessionToken;

describe.each(testDatabaseTargets)('Clerk session tokens, verified offline, $name', (target) => {
  let server: TestServer;
  let privateKey: CryptoKey;
  let otherKey: CryptoKey;

  beforeAll(async () => {
    const keys = await clerkOfflineKeys();
    privateKey = keys.privateKey;
    otherKey = (await generateKeyPair('RS256')).privateKey;
    server = await startTestServer(target, keys.env);
  });
  afterAll(async () => {
    await server?.stop();
  });

  const me = (token: string) => apiClient(server.url, { authorization: `Bearer ${token}` }).account.me.query();

  it('accepts a good token and creates the user on first sight', async () => {
    const result = await me(await sessionToken(privateKey));
    expect(result.user.id).toBe('user_clerk_1');
    expect(result.credits).toBe(0);
    expect(result.modes.auth).toBe('clerk');
  });

  it('rejects an expired token', async () => {
    expect(await trpcErrorCode(me(await sessionToken(privateKey, { issuedAgo: 600, expiresIn: 60 })))).toBe('UNAUTHORIZED');
  });

  it('rejects a token signed with another key', async () => {
    expect(await trpcErrorCode(me(await sessionToken(otherKey)))).toBe('UNAUTHORIZED');
  });

  it('rejects a token issued for another web origin', async () => {
    expect(await trpcErrorCode(me(await sessionToken(privateKey, { azp: 'https://evil.example' })))).toBe('UNAUTHORIZED');
  });

  it('rejects garbage and anonymous calls without crashing', async () => {
    expect(await trpcErrorCode(me('not-a-jwt'))).toBe('UNAUTHORIZED');
    expect(await trpcErrorCode(apiClient(server.url).account.me.query())).toBe('UNAUTHORIZED');
    expect((await fetch(`${server.url}/health`)).status).toBe(200);
  });

  it('exposes the publishable key, not the secret, and has no local sign-in', async () => {
    const config = await apiClient(server.url).account.publicConfig.query();
    expect(config.clerkPublishableKey).toMatch(/^pk_test_/);
    expect(JSON.stringify(config)).not.toContain('sk_test');
    const local = await fetch(`${server.url}/auth/local`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"name":"Mallory"}',
    });
    expect(local.status).toBe(404);
  });
});

describe('security headers with Clerk on', () => {
  it('admits Clerk’s frontend API in the CSP and sends HSTS for an https origin', async () => {
    const [pglite] = testDatabaseTargets;
    const { publicKey } = await generateKeyPair('RS256');
    const server = await startTestServer(pglite!, {
      CLERK_SECRET_KEY: 'sk_live_voxly_offline',
      CLERK_PUBLISHABLE_KEY: `pk_live_${Buffer.from('clerk.voxly.example$').toString('base64')}`,
      CLERK_JWT_KEY: await exportSPKI(publicKey),
      WEB_ORIGIN: 'https://app.voxly.example',
    });
    try {
      const response = await fetch(`${server.url}/health`);
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp).toMatch(/script-src 'self' https:\/\/clerk\.voxly\.example/);
      expect(csp).toContain('upgrade-insecure-requests');
      expect(response.headers.get('strict-transport-security')).toMatch(/max-age=/);
    } finally {
      await server.stop();
    }
  });
});
