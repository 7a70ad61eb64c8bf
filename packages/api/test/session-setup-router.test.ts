import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../src/db/database.ts';
import { openPglite } from '../src/db/open-pglite.ts';
import { appendLedgerEntry, getBalance } from '../src/domain/credits/ledger.ts';
import type { Identity } from '../src/trpc/context.ts';
import { recordingVoice, routerCaller } from './support/router-caller.ts';

const job = {
  candidateName: 'Lia Prado',
  jobTitle: 'Data Analyst',
  jobDescription: 'Write SQL against the warehouse, keep Power BI dashboards, present findings to managers.',
  resumeText: 'Analyst intern: SQL reports and Power BI dashboards for the sales team; presented weekly findings.',
  language: 'pt-BR' as const,
};

/** The session's setup (length, kind, seniority) through the typed router: stored, shown, and refused when unknown. */
describe('interview.create with a session setup', () => {
  let handle: DatabaseHandle;
  let caller: ReturnType<typeof routerCaller>;
  const { voice, registered } = recordingVoice();
  const lia: Identity = { userId: 'local:setup-lia', name: 'Lia' };

  beforeAll(async () => {
    handle = await openPglite();
    caller = routerCaller(handle, {
      voice,
      classifyField: () => Promise.resolve({ field: 'ai_ml', confidence: 0.9, source: 'local' }),
      sessions: { get: () => undefined },
      feedback: { get: () => Promise.resolve(null), regenerate: () => Promise.resolve(null) },
    });
    await caller(lia).account.me();
    await appendLedgerEntry(handle.db, { userId: lia.userId, delta: 3, reason: 'grant' });
  });
  afterAll(() => handle?.close());

  it('stores the chosen setup and shows it in the interview and the history; one credit whatever the length', async () => {
    const created = await caller(lia).interview.create({ ...job, lengthMinutes: 5, kind: 'behavioural', seniority: 'junior' });
    expect(await getBalance(handle.db, lia.userId)).toBe(2);
    expect(await caller(lia).interview.get({ interviewId: created.interviewId })).toMatchObject({
      lengthMinutes: 5,
      kind: 'behavioural',
      seniority: 'junior',
    });
    const [listed] = await caller(lia).interview.list();
    expect(listed).toMatchObject({ id: created.interviewId, lengthMinutes: 5, kind: 'behavioural', seniority: 'junior' });
  });

  it('gives an interview created without a setup the defaults: 15 minutes, mixed, mid', async () => {
    const created = await caller(lia).interview.create(job);
    expect(await getBalance(handle.db, lia.userId)).toBe(1);
    expect(await caller(lia).interview.get({ interviewId: created.interviewId })).toMatchObject({
      lengthMinutes: 15,
      kind: 'mixed',
      seniority: 'mid',
    });
  });

  it.each([{ lengthMinutes: 7 }, { lengthMinutes: '15' }, { kind: 'casual' }, { seniority: 'principal' }, { kind: null }])(
    'answers BAD_REQUEST to %o, charging nothing and registering no call',
    async (bad) => {
      const before = registered.length;
      await expect(caller(lia).interview.create({ ...job, ...bad } as never)).rejects.toMatchObject({ code: 'BAD_REQUEST' });
      expect(await getBalance(handle.db, lia.userId)).toBe(1);
      expect(registered.length).toBe(before);
    },
  );
});
