import { getBalance } from '@voxly/api/credits';
import { schema, type DatabaseHandle } from '@voxly/api/db';
import { testDatabaseTargets, type ServerProcess } from '@voxly/api/testing';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backendInterview, grantCredits, longAnswer, socketUrl } from './support/interview-fixtures.ts';
import { RetellSimulator } from './support/retell-simulator.ts';
import { serverProcesses } from './support/server-processes.ts';
import { apiClient, signInLocally, startTestServer, type TestServer } from './support/test-server.ts';

const postgres = testDatabaseTargets.find((t) => t.name === 'postgres');

describe.skipIf(!postgres)('calls whose server died end from the database (real processes, kill -9)', () => {
  let processes: Awaited<ReturnType<typeof serverProcesses>>;
  let handle: DatabaseHandle;
  let users = 0;
  const start = () => processes.start();
  const kill = (server: ServerProcess) => processes.kill(server);

  beforeAll(async () => {
    processes = await serverProcesses('orphans', { VOXLY_RECONNECT_GRACE_SECONDS: '2' });
    handle = processes.handle;
  });
  afterAll(() => processes?.stopAll());

  async function joinedCall(url: string, answer: string | null) {
    users += 1;
    const cookie = await signInLocally(url, `Orphan User ${users}`);
    const userId = `local:orphan-user-${users}`;
    await grantCredits(handle.db, userId, 1);
    const api = apiClient(url, { cookie });
    const { interviewId, callId } = await api.interview.create.mutate(backendInterview);
    const sim = await RetellSimulator.connect(socketUrl(url, callId), { cookie });
    await sim.greeting();
    const stored = async () => (await handle.db.select().from(schema.interviews).where(eq(schema.interviews.id, interviewId)))[0];
    await expect.poll(async () => (await stored())?.status).toBe('ongoing');
    if (answer) {
      await sim.say(answer);
      // What a kill can lose is what had not reached the database yet: let the answer land first.
      await expect.poll(async () => (await stored())?.firstAnswerAt).toBeInstanceOf(Date);
    }
    return { userId, sim, stored };
  }

  it('ends connected calls of a killed server as disconnected, refunding only the one never answered', async () => {
    const first = await start();
    const answered = await joinedCall(first.url, longAnswer);
    const silent = await joinedCall(first.url, null);
    await kill(first.server);
    expect((await answered.stored())?.status).toBe('ongoing');

    // Nothing reconnects. Another instance (here: the restarted one) finds them from the database.
    await start();
    for (const call of [answered, silent]) {
      await expect.poll(() => call.stored(), { timeout: 15_000 }).toMatchObject({ status: 'ended', endReason: 'disconnected' });
    }
    expect(await getBalance(handle.db, answered.userId)).toBe(0);
    expect(await getBalance(handle.db, silent.userId)).toBe(1);
    const refunds = await handle.db.select().from(schema.creditLedger).where(eq(schema.creditLedger.userId, silent.userId));
    expect(refunds.filter((row) => row.reason === 'refund')).toHaveLength(1);
  }, 60_000);

  it('ends a call whose socket dropped when its server restarted inside the grace period', async () => {
    const second = await start();
    const call = await joinedCall(second.url, longAnswer);
    call.sim.close();
    await call.sim.waitClosed();
    await kill(second.server); // the in-memory grace timer dies with the process
    await start();
    await expect.poll(() => call.stored(), { timeout: 15_000 }).toMatchObject({ status: 'ended', endReason: 'disconnected' });
    expect(await getBalance(handle.db, call.userId)).toBe(0);
  }, 60_000);

  it('leaves alone a call that a live instance still holds', async () => {
    const third = await start();
    const call = await joinedCall(third.url, longAnswer);
    await new Promise((r) => setTimeout(r, 4_500)); // more than twice the grace period
    expect((await call.stored())?.status).toBe('ongoing');
    expect((await call.sim.say('Still here, and still talking about the migration.')).text.length).toBeGreaterThan(0);
  }, 30_000);
});

describe.each(testDatabaseTargets)('a reload or a second connection resumes the interview, $name', (target) => {
  let server: TestServer;
  let users = 0;
  beforeAll(async () => {
    server = await startTestServer(target);
  });
  afterAll(() => server?.stop());

  it('answers a new connection that numbers its responses from 1 again, with the last question shown', async () => {
    users += 1;
    const cookie = await signInLocally(server.url, `Reload User ${users}`);
    await grantCredits(server.database.db, `local:reload-user-${users}`, 1);
    const api = apiClient(server.url, { cookie });
    const { interviewId, callId } = await api.interview.create.mutate(backendInterview);
    const before = await RetellSimulator.connect(socketUrl(server.url, callId), { cookie });
    await before.greeting();
    await before.say(longAnswer);
    const lastQuestion = (await before.say('We used contract tests for every invoice type.')).text;

    // The page reloads: it reads the interview (which the session keeps current) and dials again.
    before.close();
    await before.waitClosed();
    const shown = await api.interview.get.query({ interviewId });
    expect(shown.transcript.at(-1)).toEqual({ role: 'agent', content: lastQuestion });
    expect(shown.transcript).toHaveLength(before.transcript.length);

    const after = await RetellSimulator.connect(socketUrl(server.url, callId), { cookie });
    await after.waitFor(() => after.received.find((e) => e.response_id === 0));
    expect(after.received.find((e) => e.response_id === 0)?.content).toBe(''); // no second greeting
    after.transcript.push(...shown.transcript);
    const reply = await after.say('I would start by measuring where the time goes.'); // response_id 1 again
    expect(reply.responseId).toBe(1);
    expect(reply.text.length).toBeGreaterThan(10);
    expect(reply.text).not.toBe(lastQuestion);
    after.close();
  });

  it('lets a second tab take over the call and get replies, closing the first with 4001', async () => {
    users += 1;
    const cookie = await signInLocally(server.url, `Reload User ${users}`);
    await grantCredits(server.database.db, `local:reload-user-${users}`, 1);
    const api = apiClient(server.url, { cookie });
    const { callId } = await api.interview.create.mutate(backendInterview);
    const tabOne = await RetellSimulator.connect(socketUrl(server.url, callId), { cookie });
    await tabOne.greeting();
    await tabOne.say(longAnswer);
    await tabOne.say('And I measured the result.');
    const tabTwo = await RetellSimulator.connect(socketUrl(server.url, callId), { cookie });
    expect((await tabOne.waitClosed()).code).toBe(4001);
    tabTwo.transcript.push(...tabOne.transcript);
    expect((await tabTwo.say('Picking up from the other tab.')).text.length).toBeGreaterThan(10);
    tabTwo.close();
  });
});
