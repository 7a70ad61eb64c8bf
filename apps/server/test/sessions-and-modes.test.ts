import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { testDatabaseTargets } from '@voxly/api/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLocalSessionCodec, localSessionCookie, localSessionMaxAgeSeconds } from '../src/adapters/auth/local-session.ts';
import { clerkOfflineKeys, clerkSessionToken } from './support/clerk-tokens.ts';
import { FakeOpenAi } from './support/fake-openai.ts';
import { FakeRetell } from './support/fake-retell.ts';
import { backendInterview, grantCredits, longAnswer, retellSocketUrl, socketUrl } from './support/interview-fixtures.ts';
import { RetellSimulator } from './support/retell-simulator.ts';
import { apiClient, signInLocally, startTestServer, trpcErrorCode, type TestServer } from './support/test-server.ts';

describe.each(testDatabaseTargets)('local sign-in sessions, $name', (target) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(target);
  });
  afterAll(() => server?.stop());

  const me = (cookie: string) => apiClient(server.url, { cookie }).account.me.query();
  const signOut = (cookie: string) => fetch(`${server.url}/auth/local/sign-out`, { method: 'POST', headers: { cookie } });

  it('ends the session on the server at sign-out: the old cookie no longer works anywhere', async () => {
    const cookie = await signInLocally(server.url, 'Session Sara');
    const otherDevice = await signInLocally(server.url, 'Session Sara');
    expect((await me(cookie)).user.id).toBe('local:session-sara');
    expect((await signOut(cookie)).status).toBe(200);
    expect(await trpcErrorCode(me(cookie))).toBe('UNAUTHORIZED');
    // Signing out one browser leaves the user's other sessions alone.
    expect((await me(otherDevice)).user.id).toBe('local:session-sara');
  });

  it('issues short-lived tokens and renews an active one on the way through', async () => {
    const first = await fetch(`${server.url}/auth/local`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Renew Rui' }),
    });
    const setCookie = first.headers.get('set-cookie') ?? '';
    const maxAge = Number(/Max-Age=(\d+)/.exec(setCookie)?.[1]);
    expect(maxAge).toBe(localSessionMaxAgeSeconds);
    expect(maxAge).toBeLessThanOrEqual(12 * 60 * 60);
    const token = /voxly_session=([^;]+)/.exec(setCookie)?.[1] ?? '';
    const codec = createLocalSessionCodec(readFileSync(join(server.dataDir, 'session-secret'), 'utf8').trim());
    const session = await codec.verify(token);
    expect(session?.userId).toBe('local:renew-rui');

    // A fresh token is not reissued on every request...
    const fresh = await fetch(`${server.url}/trpc/account.me`, { headers: { cookie: `${localSessionCookie}=${token}` } });
    expect(fresh.headers.get('set-cookie')).toBeNull();
    // ...one past half its life is, for the same server-side session.
    const aged = await codec.sign(session!, Math.floor(Date.now() / 1000) - 7 * 60 * 60);
    const renewed = await fetch(`${server.url}/trpc/account.me`, { headers: { cookie: `${localSessionCookie}=${aged}` } });
    expect(renewed.status).toBe(200);
    const next = /voxly_session=([^;]+)/.exec(renewed.headers.get('set-cookie') ?? '')?.[1] ?? '';
    const renewedSession = await codec.verify(next);
    expect(renewedSession?.sessionId).toBe(session?.sessionId);
    expect(renewedSession!.issuedAt).toBeGreaterThan(session!.issuedAt - 1);
    // After sign-out, neither the old nor the renewed token works.
    await signOut(`${localSessionCookie}=${next}`);
    for (const t of [token, aged, next]) expect(await trpcErrorCode(me(`${localSessionCookie}=${t}`))).toBe('UNAUTHORIZED');
  });

  it('refuses a token whose session row does not exist (forged with the real secret, but never issued)', async () => {
    const codec = createLocalSessionCodec(readFileSync(join(server.dataDir, 'session-secret'), 'utf8').trim());
    const forged = await codec.sign({ userId: 'local:victim', name: 'Victim', sessionId: crypto.randomUUID() });
    expect(await trpcErrorCode(me(`${localSessionCookie}=${forged}`))).toBe('UNAUTHORIZED');
  });

  it('answers each of many checks at once for itself: live, revoked, borrowed and malformed sessions side by side', async () => {
    const codec = createLocalSessionCodec(readFileSync(join(server.dataDir, 'session-secret'), 'utf8').trim());
    const live = await signInLocally(server.url, 'Batch Bea');
    const revoked = await signInLocally(server.url, 'Batch Ben');
    await signOut(revoked);
    const liveSession = await codec.verify(live.split('=')[1]!);
    // The real secret, a live session row, but another user's name on it.
    const borrowed = await codec.sign({ userId: 'local:intruder', name: 'Intruder', sessionId: liveSession!.sessionId });
    // Signed, but its session id is no uuid: it must fail alone, not the checks beside it.
    const malformed = await codec.sign({ userId: 'local:batch-bea', name: 'Batch Bea', sessionId: '-'.repeat(36) });
    const cookies = [live, revoked, `${localSessionCookie}=${borrowed}`, `${localSessionCookie}=${malformed}`, live];
    const answers = await Promise.all(
      cookies.map((cookie) =>
        me(cookie).then(
          (r) => r.user.id,
          () => 'refused',
        ),
      ),
    );
    expect(answers).toEqual(['local:batch-bea', 'refused', 'refused', 'refused', 'local:batch-bea']);
  });
});

/**
 * Every combination of vendor modes docs/configuration.md allows starts and takes a turn of an
 * interview: sign-in (local or Clerk) × voice (browser or Retell) × model (scripted or an
 * OpenAI-compatible server), on PGlite and PostgreSQL alternately.
 */
describe('every vendor combination takes a turn', () => {
  let openai: FakeOpenAi;
  let retell: FakeRetell;
  let clerk: Awaited<ReturnType<typeof clerkOfflineKeys>>;
  const secret = 'matrix-retell-socket-secret-0123456789';
  beforeAll(async () => {
    openai = await new FakeOpenAi().start();
    openai.reply = () => ({ chunks: ['Thanks. ', 'What was the hardest trade-off?'] });
    retell = await new FakeRetell().start();
    clerk = await clerkOfflineKeys();
  });
  afterAll(async () => {
    await openai?.stop();
    await retell?.stop();
  });

  const combos = (['local', 'clerk'] as const).flatMap((auth) =>
    (['browser', 'retell'] as const).flatMap((voice) => (['scripted', 'openai'] as const).map((llm) => ({ auth, voice, llm }))),
  );

  it.each(combos.map((c, i) => ({ ...c, db: testDatabaseTargets[i % testDatabaseTargets.length]! })))(
    'auth $auth, voice $voice, model $llm, on $db.name',
    async ({ auth, voice, llm, db }) => {
      const env: Record<string, string> = {
        ...(auth === 'clerk' ? clerk.env : {}),
        ...(voice === 'retell'
          ? {
              RETELL_API_KEY: 'key_matrix',
              RETELL_AGENT_ID: 'agent_matrix',
              RETELL_BASE_URL: retell.baseURL,
              RETELL_LLM_WEBSOCKET_SECRET: secret,
            }
          : {}),
        ...(llm === 'openai' ? { OPENAI_BASE_URL: openai.baseURL, OPENAI_MODEL: 'fake', OPENAI_API_KEY: 'sk-fake' } : {}),
      };
      const server: TestServer = await startTestServer(db, env);
      try {
        const userId = auth === 'clerk' ? 'user_matrix_1' : 'local:matrix-person';
        const token = auth === 'clerk' ? await clerkSessionToken(clerk.privateKey, { sub: userId }) : null;
        const headers: Record<string, string> = token
          ? { authorization: `Bearer ${token}` }
          : { cookie: await signInLocally(server.url, 'Matrix Person') };
        const api = apiClient(server.url, headers);
        await api.account.me.query(); // the user exists before credits are granted
        await grantCredits(server.database.db, userId, 1);
        const created = await api.interview.create.mutate(backendInterview);
        expect(created.voice).toBe(voice);

        let sim: RetellSimulator;
        if (voice === 'retell') {
          sim = await RetellSimulator.connect(retellSocketUrl(server.url, secret, created.callId));
        } else if (token) {
          // Clerk in the browser: the socket proves who it is with the session token (query) or Clerk's cookie.
          await expect(RetellSimulator.connect(socketUrl(server.url, created.callId))).rejects.toThrow('upgrade refused: 403');
          const stranger = await clerkSessionToken(clerk.privateKey, { sub: 'user_someone_else' });
          await expect(RetellSimulator.connect(`${socketUrl(server.url, created.callId)}?token=${stranger}`)).rejects.toThrow(
            'upgrade refused: 403',
          );
          const viaCookie = await RetellSimulator.connect(socketUrl(server.url, created.callId), { cookie: `__session=${token}` });
          await viaCookie.greeting();
          viaCookie.close();
          await viaCookie.waitClosed();
          sim = await RetellSimulator.connect(`${socketUrl(server.url, created.callId)}?token=${token}`);
        } else {
          sim = await RetellSimulator.connect(socketUrl(server.url, created.callId), headers);
        }
        await sim.greeting();
        const reply = await sim.say(longAnswer);
        expect(reply.text.length).toBeGreaterThan(10);
        expect(reply.endCall).toBe(false);
        sim.close();
      } finally {
        await server.stop();
      }
    },
    30_000,
  );
});
