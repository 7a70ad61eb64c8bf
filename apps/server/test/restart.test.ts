import { getBalance } from '@voxly/api/credits';
import { schema, type DatabaseHandle } from '@voxly/api/db';
import { testDatabaseTargets } from '@voxly/api/testing';
import { interviewPolicy } from '@voxly/config';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backendInterview, grantCredits, longAnswer, socketUrl } from './support/interview-fixtures.ts';
import { RetellSimulator } from './support/retell-simulator.ts';
import { serverProcesses } from './support/server-processes.ts';
import { apiClient, signInLocally } from './support/test-server.ts';

const postgres = testDatabaseTargets.find((t) => t.name === 'postgres');

describe.skipIf(!postgres)('restarting the server in the middle of a call (real processes, one PostgreSQL)', () => {
  let processes: Awaited<ReturnType<typeof serverProcesses>>;
  let handle: DatabaseHandle;
  let users = 0;
  const start = () => processes.start();

  beforeAll(async () => {
    processes = await serverProcesses('restart');
    handle = processes.handle;
  });
  afterAll(() => processes?.stopAll());

  async function callInProgress(url: string) {
    users += 1;
    const cookie = await signInLocally(url, `Restart User ${users}`);
    const userId = `local:restart-user-${users}`;
    await grantCredits(handle.db, userId, 1);
    const api = apiClient(url, { cookie });
    const { interviewId, callId } = await api.interview.create.mutate(backendInterview);
    const sim = await RetellSimulator.connect(socketUrl(url, callId), { cookie });
    await sim.greeting();
    const reply = await sim.say(longAnswer);
    const stored = () =>
      handle.db
        .select()
        .from(schema.interviews)
        .where(eq(schema.interviews.id, interviewId))
        .then((rows) => rows[0]!);
    return { cookie, userId, interviewId, callId, sim, reply, stored };
  }

  it('loses no credit and no transcript after a kill, and the clock keeps counting from the call’s start', async () => {
    const first = await start();
    const call = await callInProgress(first.url);
    await expect.poll(async () => (await call.stored()).transcript.some((t) => t.content === longAnswer)).toBe(true);
    const before = await call.stored();
    expect(before.status).toBe('ongoing');

    await first.server.stop('SIGKILL');
    await call.sim.waitClosed();

    const second = await start();
    // Retell reconnects (here to the new process) with the whole conversation so far.
    const sim = await RetellSimulator.connect(socketUrl(second.url, call.callId), { cookie: call.cookie });
    await sim.waitFor(() => sim.received.find((e) => e.response_type === 'response' && e.response_id === 0));
    expect(sim.received.find((e) => e.response_id === 0)?.content).toBe(''); // no second greeting
    sim.transcript.push(...call.sim.transcript);
    const next = await sim.say('I also wrote the runbooks for the on-call rotation and trained the team.');
    expect(next.endCall).toBe(false);
    expect(next.text).not.toBe(call.reply.text); // the script went on, it did not start over

    const after = await call.stored();
    expect(after.startedAt).toEqual(before.startedAt);
    expect(after.status).toBe('ongoing');
    expect(await getBalance(handle.db, call.userId)).toBe(0);
    const ledger = await handle.db.select().from(schema.creditLedger).where(eq(schema.creditLedger.userId, call.userId));
    expect(ledger.map((row) => row.reason).sort()).toEqual(['grant', 'interview']);

    // The clock is the call's: a call that started 14:58 ago ends on time within seconds of the reconnect.
    sim.close();
    await sim.waitClosed();
    await handle.db
      .update(schema.interviews)
      .set({ startedAt: new Date(Date.now() - interviewPolicy.maxDurationMs + 2_000) })
      .where(eq(schema.interviews.id, call.interviewId));
    await second.server.stop('SIGKILL');
    const third = await start();
    const late = await RetellSimulator.connect(socketUrl(third.url, call.callId), { cookie: call.cookie });
    const closing = await late.waitFor(() => late.received.find((e) => e.response_type === 'agent_interrupt'), 10_000);
    expect(closing).toMatchObject({ end_call: true });
    await expect.poll(async () => (await call.stored()).endReason, { timeout: 5_000 }).toBe('time');
    expect(await getBalance(handle.db, call.userId)).toBe(0);
  }, 60_000);

  it('on SIGTERM lets the call go with a reconnectable code, after saving what was said', async () => {
    const { server, url } = await start();
    const call = await callInProgress(url);
    // Within the 5 s write throttle: this turn is not saved yet, except by the shutdown.
    const line = 'We measured p99 before and after, with a dashboard everyone could see.';
    await call.sim.say(line);
    server.child.kill('SIGTERM');
    expect(await call.sim.waitClosed()).toEqual({ code: 1012, reason: 'server restarting' });
    expect(await server.exited).toBe(0);
    const stored = await call.stored();
    expect(stored.status).toBe('ongoing');
    expect(stored.transcript.some((t) => t.content === line)).toBe(true);
    expect(await getBalance(handle.db, call.userId)).toBe(0);
  }, 60_000);
});
