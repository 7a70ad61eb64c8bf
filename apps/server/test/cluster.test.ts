import type { ChildProcess } from 'node:child_process';
import { schema } from '@voxly/api/db';
import { freePort, sharedPostgresDatabase, testDatabaseTargets } from '@voxly/api/testing';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { nginxPath, startNginx } from '../scripts/nginx-proxy.ts';
import { backendInterview, grantCredits, longAnswer, socketUrl } from './support/interview-fixtures.ts';
import { RetellSimulator } from './support/retell-simulator.ts';
import { apiClient, signInLocally, startTestServer, type TestServer } from './support/test-server.ts';

const postgres = testDatabaseTargets.find((t) => t.name === 'postgres');
const nginx = nginxPath();

describe.skipIf(!postgres || !nginx)('two instances behind nginx (deploy/nginx/voxly.conf), one PostgreSQL', () => {
  let shared: Awaited<ReturnType<typeof sharedPostgresDatabase>>;
  let a: TestServer;
  let b: TestServer;
  let proxy: ChildProcess;
  let proxyUrl = '';
  let users = 0;

  beforeAll(async () => {
    shared = await sharedPostgresDatabase();
    const env = { VOXLY_SESSION_SECRET: 'cluster-test-session-secret-0123456789abcdef' };
    // A dropped socket gets 400 ms to come back (60 s in production).
    a = await startTestServer(shared.target, env, { sessionTimings: { reconnectGraceMs: 400 } });
    b = await startTestServer(shared.target, env, { sessionTimings: { reconnectGraceMs: 400 } });
    const port = await freePort();
    proxy = startNginx(nginx!, port, [a.port, b.port]).child;
    proxyUrl = `http://127.0.0.1:${port}`;
    // A hook, not a test: expect.poll runs only inside a test.
    await vi.waitFor(async () => expect((await fetch(`${proxyUrl}/ready`)).status).toBe(200), 10_000);
  });
  afterAll(async () => {
    proxy?.kill('SIGTERM');
    await a?.stop();
    await b?.stop();
    await shared?.drop();
  });

  async function signedIn(url: string) {
    users += 1;
    const cookie = await signInLocally(url, `Cluster User ${users}`);
    await grantCredits(a.database.db, `local:cluster-user-${users}`, 1);
    return { cookie, api: apiClient(url, { cookie }) };
  }

  it('spreads requests over both instances', async () => {
    const { api } = await signedIn(proxyUrl);
    for (let i = 0; i < 6; i += 1) await api.account.me.query();
    const calls = (server: TestServer) => server.logs.filter((line) => line.includes('/trpc/account.me')).length;
    expect(calls(a)).toBeGreaterThan(0);
    expect(calls(b)).toBeGreaterThan(0);
    expect(calls(a) + calls(b)).toBe(6);
  });

  it('serves a call registered on one instance from the other, and resumes it on a reconnect to the first', async () => {
    const { cookie, api } = await signedIn(a.url);
    const { callId, interviewId } = await api.interview.create.mutate(backendInterview);
    const onB = await RetellSimulator.connect(socketUrl(b.url, callId), { cookie });
    expect(await onB.greeting()).toMatch(/^Hi Camila/);
    const first = await onB.say(longAnswer);
    onB.close();
    await onB.waitClosed();
    // What the first instance saved is what the second resumes from.
    await vi.waitFor(async () => {
      const [row] = await a.database.db.select().from(schema.interviews).where(eq(schema.interviews.id, interviewId));
      expect(row!.transcript.some((t) => t.content === longAnswer)).toBe(true);
    }, 3_000);

    const onA = await RetellSimulator.connect(socketUrl(a.url, callId), { cookie });
    await onA.waitFor(() => onA.received.find((e) => e.response_id === 0));
    expect(onA.received.find((e) => e.response_id === 0)?.content).toBe(''); // resumed, not greeted again
    onA.transcript.push(...onB.transcript);
    const next = await onA.say('I also wrote the runbooks for our on-call rotation.');
    expect(next.text).not.toBe(first.text);
    // The first instance's grace period runs out: it sees the call came back elsewhere and lets go.
    await new Promise((r) => setTimeout(r, 800));
    expect(await api.interview.get.query({ interviewId })).toMatchObject({ status: 'ongoing', endReason: null });
    expect(onA.closed).toBeNull();
    expect(b.sessions.get(callId)).toBeUndefined();
    onA.close();
  });

  it('ends a call whose socket dropped and came back nowhere', async () => {
    const { cookie, api } = await signedIn(a.url);
    const { callId, interviewId } = await api.interview.create.mutate(backendInterview);
    const sim = await RetellSimulator.connect(socketUrl(b.url, callId), { cookie });
    await sim.greeting();
    await sim.say(longAnswer);
    sim.close();
    await expect.poll(() => api.interview.get.query({ interviewId })).toMatchObject({ status: 'ended', endReason: 'disconnected' });
  });

  it('runs a whole call through the proxy, socket upgrade included', async () => {
    const { cookie, api } = await signedIn(proxyUrl);
    const { callId, interviewId } = await api.interview.create.mutate(backendInterview);
    const sim = await RetellSimulator.connect(socketUrl(proxyUrl, callId), { cookie });
    expect(await sim.greeting()).toMatch(/^Hi Camila/);
    expect((await sim.say(longAnswer)).text.length).toBeGreaterThan(0);
    await api.interview.end.mutate({ interviewId });
    // Whichever instance holds the socket closes it, the other having ended the interview.
    expect((await sim.waitClosed(8_000)).code).toBe(1000);
    expect(await api.interview.get.query({ interviewId })).toMatchObject({ status: 'ended', endReason: 'candidate_ended' });
  });
});
