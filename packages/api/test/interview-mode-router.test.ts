import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../src/db/database.ts';
import { feedback } from '../src/db/schema.ts';
import { appendLedgerEntry, getBalance } from '../src/domain/credits/ledger.ts';
import type { Identity } from '../src/trpc/context.ts';
import { recordingVoice, routerCaller } from './support/router-caller.ts';
import { testDatabaseTargets } from './support/test-databases.ts';

const job = {
  candidateName: 'Rafa Lima',
  jobTitle: 'Support Team Lead',
  jobDescription: 'Lead a team of eight agents, own the queue and the escalations, report weekly on satisfaction.',
  resumeText: 'Support agent for three years, then shift lead; ran the escalations queue and trained new agents.',
  language: 'es' as const,
};

/** Real or coached, through the typed router on each database: stored, shown, and refused when unknown. */
describe.each(testDatabaseTargets)('interview.create with a mode, on $name', (target) => {
  let handle: DatabaseHandle;
  let caller: ReturnType<typeof routerCaller>;
  const { voice, registered } = recordingVoice();
  const rafa: Identity = { userId: 'local:mode-rafa', name: 'Rafa' };

  beforeAll(async () => {
    handle = await target.open();
    caller = routerCaller(handle, {
      voice,
      classifyField: () => Promise.resolve({ field: 'general', confidence: 0.9, source: 'local' }),
      sessions: { get: () => undefined },
    });
    await caller(rafa).account.me();
    await appendLedgerEntry(handle.db, { userId: rafa.userId, delta: 3, reason: 'grant' });
  });
  afterAll(() => handle?.close());

  it('stores a coached interview and shows its mode in the interview and the history, for one credit', async () => {
    const before = await getBalance(handle.db, rafa.userId);
    const created = await caller(rafa).interview.create({ ...job, interviewMode: 'coached', lengthMinutes: 10 });
    expect(await getBalance(handle.db, rafa.userId)).toBe(before - 1);
    expect(await caller(rafa).interview.get({ interviewId: created.interviewId })).toMatchObject({
      interviewMode: 'coached',
      lengthMinutes: 10,
    });
    const listed = (await caller(rafa).interview.list()).find((i) => i.id === created.interviewId);
    expect(listed).toMatchObject({ interviewMode: 'coached' });
  });

  it('shows the setup, coached included, on the shared copy of the report', async () => {
    const created = await caller(rafa).interview.create({ ...job, interviewMode: 'coached', kind: 'behavioural', seniority: 'senior' });
    await handle.db.insert(feedback).values({
      interviewId: created.interviewId,
      status: 'ready',
      content: { summary: 'Rafa gave clear answers.', strengths: [], improvements: [], ratings: [], questions: [] },
      metrics: { answers: 3 },
    });
    const shared = await caller(rafa).feedback.share({ interviewId: created.interviewId });
    expect(shared.token).toBeTruthy();
    const report = await caller(null).feedback.shared({ token: shared.token });
    expect(report.setup).toEqual({ lengthMinutes: 15, kind: 'behavioural', seniority: 'senior', interviewMode: 'coached' });
  });

  it('makes an interview created without a mode a real one', async () => {
    const created = await caller(rafa).interview.create(job);
    expect(await caller(rafa).interview.get({ interviewId: created.interviewId })).toMatchObject({ interviewMode: 'real' });
  });

  it.each([{ interviewMode: 'easy' }, { interviewMode: 'Coached' }, { interviewMode: null }, { interviewMode: true }])(
    'answers BAD_REQUEST to %o, charging nothing and registering no call',
    async (bad) => {
      const balance = await getBalance(handle.db, rafa.userId);
      const calls = registered.length;
      await expect(caller(rafa).interview.create({ ...job, ...bad } as never)).rejects.toMatchObject({ code: 'BAD_REQUEST' });
      expect(await getBalance(handle.db, rafa.userId)).toBe(balance);
      expect(registered.length).toBe(calls);
    },
  );
});
