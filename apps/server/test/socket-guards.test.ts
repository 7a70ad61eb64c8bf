import { sharedPostgresDatabase, testDatabaseTargets } from '@voxly/api/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backendInterview, grantCredits, socketUrl } from './support/interview-fixtures.ts';
import { RetellSimulator } from './support/retell-simulator.ts';
import { apiClient, signInLocally, startTestServer, type TestServer } from './support/test-server.ts';

const [pglite, postgres] = testDatabaseTargets;
let users = 0;

async function candidate(server: TestServer, credits: number) {
  users += 1;
  const cookie = await signInLocally(server.url, `Guarded User ${users}`);
  await grantCredits(server.database.db, `local:guarded-user-${users}`, credits);
  const api = apiClient(server.url, { cookie });
  return { cookie, api, headers: { cookie } };
}

describe('LLM socket guards', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(
      pglite!,
      { VOXLY_MAX_CALLS_PER_USER: '1', VOXLY_MAX_CALLS_PER_INSTANCE: '3' },
      { socketGuards: { heartbeatMs: 150, idleTimeoutMs: 600 } },
    );
  });
  afterAll(() => server?.stop());

  it('lets a user hold one call at a time, but always lets a call reconnect', async () => {
    const { api, headers } = await candidate(server, 2);
    const first = await api.interview.create.mutate(backendInterview);
    const second = await api.interview.create.mutate(backendInterview);
    const sim = await RetellSimulator.connect(socketUrl(server.url, first.callId), headers);
    await sim.greeting();
    await expect(RetellSimulator.connect(socketUrl(server.url, second.callId), headers)).rejects.toThrow('upgrade refused: 429');
    // The same call from a new socket replaces the old one.
    const again = await RetellSimulator.connect(socketUrl(server.url, first.callId), headers);
    expect((await sim.waitClosed()).code).toBe(4001);
    again.close();
    await again.waitClosed();
    await new Promise((r) => setTimeout(r, 50));
    const later = await RetellSimulator.connect(socketUrl(server.url, second.callId), headers);
    expect(await later.greeting()).toMatch(/^Hi Camila/);
    later.close();
    await later.waitClosed();
  });

  it('refuses new calls beyond the instance’s capacity with 503', async () => {
    const held: RetellSimulator[] = [];
    for (let i = 0; i < 3; i += 1) {
      const { api, headers } = await candidate(server, 1);
      const { callId } = await api.interview.create.mutate(backendInterview);
      held.push(await RetellSimulator.connect(socketUrl(server.url, callId), headers));
    }
    const { api, headers } = await candidate(server, 1);
    const { callId } = await api.interview.create.mutate(backendInterview);
    await expect(RetellSimulator.connect(socketUrl(server.url, callId), headers)).rejects.toThrow('upgrade refused: 503');
    for (const sim of held) sim.close();
    await Promise.all(held.map((sim) => sim.waitClosed()));
  });

  it('closes a silent call after the idle timeout, with a code that says so', async () => {
    const { api, headers } = await candidate(server, 1);
    const { callId } = await api.interview.create.mutate(backendInterview);
    const sim = await RetellSimulator.connect(socketUrl(server.url, callId), headers);
    await sim.greeting();
    expect(await sim.waitClosed(3_000)).toEqual({ code: 4002, reason: 'idle' });
  });

  it('drops a peer that stops answering pings', async () => {
    const { api, headers } = await candidate(server, 1);
    const { callId } = await api.interview.create.mutate(backendInterview);
    const sim = await RetellSimulator.connect(socketUrl(server.url, callId), headers, { autoPong: false });
    await sim.greeting();
    // Terminated (no close frame): the client sees an abnormal closure well before the idle timeout.
    const started = Date.now();
    expect((await sim.waitClosed(3_000)).code).toBe(1006);
    expect(Date.now() - started).toBeLessThan(600);
  });
});

describe.skipIf(!postgres)('a call ended on another instance', () => {
  let first: TestServer;
  let second: TestServer;
  let shared: Awaited<ReturnType<typeof sharedPostgresDatabase>>;
  beforeAll(async () => {
    shared = await sharedPostgresDatabase();
    // Instances of one deployment share the session secret, as they share the database.
    const env = { VOXLY_SESSION_SECRET: 'two-instances-share-this-session-secret-0123456789' };
    first = await startTestServer(shared.target, env, { endedElsewhereCheckMs: 100 });
    second = await startTestServer(shared.target, env, { endedElsewhereCheckMs: 100 });
  });
  afterAll(async () => {
    await first?.stop();
    await second?.stop();
    await shared?.drop();
  });

  it('has its socket closed by the instance holding it', async () => {
    users += 1;
    const name = `Two Instance User ${users}`;
    const cookieFirst = await signInLocally(first.url, name);
    await grantCredits(first.database.db, `local:two-instance-user-${users}`, 1);
    const onFirst = apiClient(first.url, { cookie: cookieFirst });
    const { interviewId, callId } = await onFirst.interview.create.mutate(backendInterview);
    // The call was registered through the first instance and is served by the second.
    const sim = await RetellSimulator.connect(socketUrl(second.url, callId), { cookie: cookieFirst });
    await sim.greeting();
    expect((await sim.say('I led a migration to events and halved our p99 latency.')).text.length).toBeGreaterThan(0);
    await onFirst.interview.end.mutate({ interviewId });
    expect(await sim.waitClosed(3_000)).toEqual({ code: 1000, reason: 'interview has ended' });
    expect(await onFirst.interview.get.query({ interviewId })).toMatchObject({ status: 'ended', endReason: 'candidate_ended' });
  });
});
