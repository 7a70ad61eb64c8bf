import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../src/db/database.ts';
import { openPglite } from '../src/db/open-pglite.ts';
import { appendLedgerEntry, getBalance } from '../src/domain/credits/ledger.ts';
import type { Identity } from '../src/trpc/context.ts';
import { recordingVoice, routerCaller } from './support/router-caller.ts';

const job = {
  candidateName: 'Carla Souza',
  jobTitle: 'Backend Engineer',
  jobDescription: 'Build and run Go services on Kubernetes; own on-call for the payments API and its Postgres.',
  resumeText: 'Backend engineer for five years: Go and Postgres at a fintech, Kubernetes, on-call lead for the ledger service.',
  language: 'en' as const,
};

/** The interview and feedback routers through tRPC's caller: the procedures as thin calls into the domain. */
describe('the interview and feedback routers, called directly', () => {
  let handle: DatabaseHandle;
  let caller: ReturnType<typeof routerCaller>;
  const { voice, registered } = recordingVoice();
  const carla: Identity = { userId: 'local:caller-carla', name: 'Carla' };
  const intruder: Identity = { userId: 'local:caller-intruder' };

  beforeAll(async () => {
    handle = await openPglite();
    caller = routerCaller(handle, {
      voice,
      classifyField: () => Promise.resolve({ field: 'engineering', confidence: 0.9, source: 'local' }),
      // No live call on this instance: ending goes straight to the store.
      sessions: { get: () => undefined },
      feedback: { get: () => Promise.resolve(null), regenerate: () => Promise.resolve(null) },
    });
  });
  afterAll(() => handle?.close());

  it('refuses to start without a credit, registering no call', async () => {
    await expect(caller(carla).interview.create(job)).rejects.toMatchObject({ code: 'PRECONDITION_FAILED' });
    expect(registered).toEqual([]);
  });

  it('starts, lists, shows and ends an interview for its owner only, the credit back when nothing was said', async () => {
    await caller(carla).account.me(); // the user exists from the first call on
    await appendLedgerEntry(handle.db, { userId: carla.userId, delta: 2, reason: 'grant' });
    const created = await caller(carla).interview.create(job);
    expect(created).toMatchObject({ voice: 'browser', accessToken: null, socketPath: `/llm-websocket/call-${created.interviewId}` });
    expect(await getBalance(handle.db, carla.userId)).toBe(1);

    const [listed] = await caller(carla).interview.list();
    expect(listed).toMatchObject({ id: created.interviewId, jobTitle: 'Backend Engineer', field: 'engineering', overallScore: null });
    expect(await caller(intruder).interview.list()).toEqual([]);

    const shown = await caller(carla).interview.get({ interviewId: created.interviewId });
    expect(shown).toMatchObject({ candidateName: 'Carla Souza', transcript: [], creditRefunded: false });
    await expect(caller(intruder).interview.get({ interviewId: created.interviewId })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: 'No such interview.',
    });
    await expect(caller(intruder).interview.end({ interviewId: created.interviewId })).rejects.toMatchObject({ code: 'NOT_FOUND' });

    expect(await caller(carla).interview.end({ interviewId: created.interviewId })).toEqual({
      status: 'ended',
      endReason: 'candidate_ended',
    });
    // Again: nothing changes.
    expect(await caller(carla).interview.end({ interviewId: created.interviewId })).toEqual({
      status: 'ended',
      endReason: 'candidate_ended',
    });
    // Ended before the candidate said a word: the server's facts refund the credit, once.
    expect(await getBalance(handle.db, carla.userId)).toBe(2);
    expect(await caller(carla).interview.get({ interviewId: created.interviewId })).toMatchObject({ creditRefunded: true });
  });

  it('answers NOT_FOUND alike for a missing review, a foreign share and a dead link', async () => {
    const [interview] = await caller(carla).interview.list();
    const interviewId = interview!.id;
    await expect(caller(carla).feedback.get({ interviewId })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(caller(intruder).feedback.share({ interviewId })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(caller(intruder).feedback.sharing({ interviewId })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(caller(null).feedback.shared({ token: 'A'.repeat(43) })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: 'This link does not open a report: it was turned off, or it never existed.',
    });
    await expect(caller(null).feedback.shared({ token: 'short' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(caller(carla).interview.get({ interviewId: 'not-a-uuid' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });
});
