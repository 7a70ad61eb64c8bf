import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../src/db/database.ts';
import { interviews } from '../src/db/schema.ts';
import { appendLedgerEntry, getBalance } from '../src/domain/credits/ledger.ts';
import { markInterviewsStarted } from '../src/domain/interview/batched-interview-writes.ts';
import { createInterview } from '../src/domain/interview/create-interview.ts';
import { CallRenewalError, joinInterview } from '../src/domain/interview/join-token.ts';
import { NotFoundError } from '../src/domain/not-found-error.ts';
import { ensureUser } from '../src/domain/users/ensure-user.ts';
import type { VoicePort } from '../src/ports/voice-port.ts';
import { ManualClock } from './support/manual-clock.ts';
import { testDatabaseTargets } from './support/test-databases.ts';

const form = {
  candidateName: 'Ana Lima',
  jobTitle: 'Backend Engineer',
  jobDescription: 'Build and run Go services on Kubernetes; own on-call for the payments API and its Postgres.',
  resumeText: 'Backend engineer for five years: Go and Postgres at a fintech, Kubernetes, on-call lead for the ledger service.',
  language: 'en' as const,
};

/** Retell as the port sees it: each web call a new call id and a token that works for 30 s from the clock's now. */
let fakes = 0;
function retellLike(clock: ManualClock) {
  const calls: string[] = [];
  const prefix = `r${(fakes += 1)}`;
  const port: VoicePort & { failNext: boolean } = {
    mode: 'retell',
    failNext: false,
    registerCall: ({ interviewId }) => {
      if (port.failNext) {
        port.failNext = false;
        return Promise.reject(new Error('Retell is down'));
      }
      calls.push(interviewId);
      const n = calls.length;
      return Promise.resolve({
        callId: `${prefix}_call_${n}`,
        accessToken: `${prefix}_token_${n}`,
        accessTokenExpiresAt: new Date(clock.now() + 30_000),
      });
    },
  };
  const id = (what: 'call' | 'token', n: number) => `${prefix}_${what}_${n}`;
  return { port, calls, id };
}

describe.each(testDatabaseTargets)('join tokens that never outlive themselves, on $name', (target) => {
  let handle: DatabaseHandle;
  let n = 0;
  beforeAll(async () => {
    handle = await target.open();
  });
  afterAll(() => handle?.close());

  async function candidate(credits = 1) {
    n += 1;
    const userId = `join-user-${n}`;
    await ensureUser(handle.db, { id: userId });
    await appendLedgerEntry(handle.db, { userId, delta: credits, reason: 'grant' });
    return userId;
  }
  const classify = () => Promise.resolve({ field: 'engineering' as const, confidence: 0.9, source: 'local' as const });

  it('answers a repeated submission the stored token only while it still works, then a new web call for the same interview', async () => {
    const clock = new ManualClock();
    const retell = retellLike(clock);
    const userId = await candidate();
    const submit = () =>
      createInterview(handle.db, retell.port, classify, userId, { ...form, idempotencyKey: 'form-1' }, new Date(clock.now()));

    const first = await submit();
    expect(first.call).toMatchObject({ callId: retell.id('call', 1), accessToken: retell.id('token', 1), voice: 'retell' });
    clock.advance(10_000);
    expect((await submit()).call).toMatchObject({ callId: retell.id('call', 1), accessToken: retell.id('token', 1) }); // still fresh: the same token
    clock.advance(16_000); // 26 s: under 5 s left, too little to connect with
    const renewed = await submit();
    expect(renewed).toMatchObject({
      interviewId: first.interviewId,
      call: { callId: retell.id('call', 2), accessToken: retell.id('token', 2) },
    });
    expect(retell.calls).toEqual([first.interviewId, first.interviewId]);
    expect(await getBalance(handle.db, userId)).toBe(0); // one debit, however often it was submitted

    // The interview now answers to the new call id, with the new token and its expiry.
    const [row] = await handle.db.select().from(interviews).where(eq(interviews.id, first.interviewId));
    expect(row).toMatchObject({
      callId: retell.id('call', 2),
      accessToken: retell.id('token', 2),
      accessTokenExpiresAt: new Date(clock.now() + 30_000),
    });
  });

  it('gives the room a fresh token on join (reload, a late Start), and none once the call started or ended', async () => {
    const clock = new ManualClock();
    const retell = retellLike(clock);
    const userId = await candidate();
    const { interviewId } = await createInterview(handle.db, retell.port, classify, userId, form, new Date(clock.now()));
    const join = () => joinInterview(handle.db, retell.port, userId, interviewId, new Date(clock.now()));

    expect(await join()).toEqual({ callId: retell.id('call', 1), accessToken: retell.id('token', 1) });
    clock.advance(60_000); // the candidate read the intro for a minute
    expect(await join()).toEqual({ callId: retell.id('call', 2), accessToken: retell.id('token', 2) });

    await markInterviewsStarted(handle.db, [{ id: interviewId, at: new Date(clock.now()), connectionId: null }]);
    clock.advance(60_000);
    expect(await join()).toEqual({ callId: retell.id('call', 2), accessToken: null }); // a started call is not opened again
    expect(retell.calls).toHaveLength(2);
    await expect(joinInterview(handle.db, retell.port, 'someone-else', interviewId, new Date(clock.now()))).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });

  it('keeps the call as it was when Retell cannot open a new one, and says so', async () => {
    const clock = new ManualClock();
    const retell = retellLike(clock);
    const userId = await candidate();
    const { interviewId } = await createInterview(handle.db, retell.port, classify, userId, form, new Date(clock.now()));
    clock.advance(31_000);
    retell.port.failNext = true;
    await expect(joinInterview(handle.db, retell.port, userId, interviewId, new Date(clock.now()))).rejects.toBeInstanceOf(
      CallRenewalError,
    );
    const [row] = await handle.db.select().from(interviews).where(eq(interviews.id, interviewId));
    expect(row).toMatchObject({ callId: retell.id('call', 1), status: 'registered' });
    expect(await getBalance(handle.db, userId)).toBe(0);
    expect(await joinInterview(handle.db, retell.port, userId, interviewId, new Date(clock.now()))).toEqual({
      callId: retell.id('call', 2),
      accessToken: retell.id('token', 2),
    });
  });

  it('hands browser-voice calls no token at all', async () => {
    const clock = new ManualClock();
    const userId = await candidate();
    const browser: VoicePort = {
      mode: 'browser',
      registerCall: () => Promise.resolve({ callId: `local_${n}`, accessToken: null, accessTokenExpiresAt: null }),
    };
    const { interviewId } = await createInterview(handle.db, browser, classify, userId, form, new Date(clock.now()));
    clock.advance(120_000);
    expect(await joinInterview(handle.db, browser, userId, interviewId, new Date(clock.now()))).toEqual({
      callId: `local_${n}`,
      accessToken: null,
    });
  });
});
