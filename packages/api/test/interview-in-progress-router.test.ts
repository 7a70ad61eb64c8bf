import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../src/db/database.ts';
import { appendLedgerEntry, getBalance } from '../src/domain/credits/ledger.ts';
import { markInterviewsStarted } from '../src/domain/interview/batched-interview-writes.ts';
import type { Identity } from '../src/trpc/context.ts';
import { recordingVoice, routerCaller } from './support/router-caller.ts';
import { testDatabaseTargets } from './support/test-databases.ts';

const job = {
  candidateName: 'Lía Gómez',
  jobTitle: 'Data Analyst',
  jobDescription: 'Build weekly SQL reports and dashboards for the sales team; explain the figures to managers.',
  resumeText: 'Two years as a reporting analyst: SQL, Power BI, a monthly churn report read by the board.',
  language: 'es' as const,
};

/** A second interview while one's call is under way: refused before any credit moves, through the typed router. */
describe.each(testDatabaseTargets)('interview.create while a call is in progress, on $name', (target) => {
  let handle: DatabaseHandle;
  let caller: ReturnType<typeof routerCaller>;
  const { voice, registered } = recordingVoice();
  const lia: Identity = { userId: 'local:in-progress-lia', name: 'Lía' };
  const other: Identity = { userId: 'local:in-progress-other', name: 'Other' };

  beforeAll(async () => {
    handle = await target.open();
    caller = routerCaller(handle, {
      voice,
      classifyField: () => Promise.resolve({ field: 'finance', confidence: 0.9, source: 'local' }),
      sessions: { get: () => undefined },
    });
    for (const who of [lia, other]) {
      await caller(who).account.me();
      await appendLedgerEntry(handle.db, { userId: who.userId, delta: 5, reason: 'grant' });
    }
  });
  afterAll(() => handle?.close());

  it('lets a second interview start while the first is only registered (never joined)', async () => {
    await caller(lia).interview.create(job);
    const balance = await getBalance(handle.db, lia.userId);
    await caller(lia).interview.create(job);
    expect(await getBalance(handle.db, lia.userId)).toBe(balance - 1);
  });

  it('answers CONFLICT while a call is under way, charging nothing and registering no call; other candidates are not held up', async () => {
    const live = await caller(lia).interview.create(job);
    await markInterviewsStarted(handle.db, [{ id: live.interviewId, at: new Date(), connectionId: null }]);
    const balance = await getBalance(handle.db, lia.userId);
    const calls = registered.length;
    await expect(caller(lia).interview.create({ ...job, idempotencyKey: crypto.randomUUID() })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('Nothing was charged') as unknown,
    });
    expect(await getBalance(handle.db, lia.userId)).toBe(balance);
    expect(registered.length).toBe(calls);
    await expect(caller(other).interview.create(job)).resolves.toMatchObject({ interviewId: expect.any(String) as unknown });
  });

  it('starts a new interview again once the candidate has ended the one in progress', async () => {
    const running = (await caller(lia).interview.list()).find((interview) => interview.status === 'ongoing');
    expect(running).toBeDefined();
    await caller(lia).interview.end({ interviewId: running!.id });
    const balance = await getBalance(handle.db, lia.userId);
    await caller(lia).interview.create(job);
    expect(await getBalance(handle.db, lia.userId)).toBe(balance - 1);
  });
});
