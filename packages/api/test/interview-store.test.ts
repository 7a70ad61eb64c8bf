import { inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../src/db/database.ts';
import { interviews } from '../src/db/schema.ts';
import { appendLedgerEntry, getBalance } from '../src/domain/credits/ledger.ts';
import {
  markInterviewsAnswered,
  markInterviewsReplied,
  markInterviewsStarted,
  saveTranscripts,
} from '../src/domain/interview/batched-interview-writes.ts';
import { findInterviewByCallId, findInterviewsByCallIds, finishInterview } from '../src/domain/interview/interview-store.ts';
import { sweepNeverStartedInterviews } from '../src/domain/interview/sweep-never-started.ts';
import { ensureUser } from '../src/domain/users/ensure-user.ts';
import { testDatabaseTargets } from './support/test-databases.ts';

describe.each(testDatabaseTargets)('interview store on $name', (target) => {
  let handle: DatabaseHandle;
  let n = 0;
  beforeAll(async () => {
    handle = await target.open();
  });
  afterAll(async () => {
    await handle?.close();
  });

  /** A user who paid one credit for a registered interview, as interview.create leaves them. */
  async function paidInterview() {
    n += 1;
    const userId = `store-user-${n}`;
    const id = crypto.randomUUID();
    await ensureUser(handle.db, { id: userId });
    await appendLedgerEntry(handle.db, { userId, delta: 1, reason: 'grant' });
    await appendLedgerEntry(handle.db, { userId, delta: -1, reason: 'interview', interviewId: id });
    await handle.db.insert(interviews).values({
      id,
      userId,
      callId: `call-${n}`,
      voiceMode: 'browser',
      candidateName: 'Ana',
      jobTitle: 'Engineer',
      jobDescription: 'Build things',
      resumeText: 'Built things',
      language: 'en',
    });
    return { id, userId, callId: `call-${n}` };
  }

  it('keeps the first start time, so a reconnect never resets the clock', async () => {
    const { id, callId } = await paidInterview();
    const first = new Date('2026-11-24T10:00:00Z');
    const start = async (at: Date) => (await markInterviewsStarted(handle.db, [{ id, at, connectionId: null }]))[0]!.toISOString();
    expect(await start(first)).toBe(first.toISOString());
    expect(await start(new Date('2026-11-24T10:05:00Z'))).toBe(first.toISOString());
    expect(await findInterviewByCallId(handle.db, callId)).toMatchObject({ status: 'ongoing', startedAt: first });
  });

  it('ends once; the first reason wins and a silent call is refunded once', async () => {
    const { id, userId } = await paidInterview();
    const results = await Promise.all([
      finishInterview(handle.db, { id, reason: 'candidate_ended', at: new Date() }),
      finishInterview(handle.db, { id, reason: 'time', at: new Date() }),
      finishInterview(handle.db, { id, reason: 'error', at: new Date() }),
    ]);
    expect(results.filter((r) => r.ended)).toHaveLength(1);
    expect(results.filter((r) => r.refunded)).toHaveLength(1);
    expect(await getBalance(handle.db, userId)).toBe(1);
  });

  it('does not refund a call in which the candidate spoke', async () => {
    const { id, userId } = await paidInterview();
    const transcript = [
      { role: 'agent' as const, content: 'Hi' },
      { role: 'user' as const, content: 'Hello, I am Ana.' },
    ];
    // The session that heard the answer says so (answeredAt): that fact, not the transcript, decides.
    expect(await finishInterview(handle.db, { id, reason: 'time', at: new Date(), transcript, answeredAt: new Date() })).toEqual({
      ended: true,
      refunded: false,
    });
    expect(await getBalance(handle.db, userId)).toBe(0);
  });

  it('sweeps calls that were registered but never joined, refunding each once', async () => {
    const { userId, callId } = await paidInterview();
    expect(await sweepNeverStartedInterviews(handle.db, new Date(Date.now() - 60_000))).toBe(0); // too recent
    const swept = await Promise.all([
      sweepNeverStartedInterviews(handle.db, new Date(Date.now() + 60_000)),
      sweepNeverStartedInterviews(handle.db, new Date(Date.now() + 60_000)),
    ]);
    expect(swept.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(1);
    expect(await getBalance(handle.db, userId)).toBe(1);
    expect(await findInterviewByCallId(handle.db, callId)).toMatchObject({ status: 'ended', endReason: 'never_started' });
  });

  it('reads many calls in one statement, in the order asked, with null for an unknown call', async () => {
    const a = await paidInterview();
    const b = await paidInterview();
    const records = await findInterviewsByCallIds(handle.db, [b.callId, 'no-such-call', a.callId, b.callId]);
    expect(records.map((r) => r?.id ?? null)).toEqual([b.id, null, a.id, b.id]);
    expect(records[0]).toMatchObject({ userId: b.userId, status: 'registered', field: 'general', transcript: [] });
  });

  it.runIf(target.name === 'postgres')('never deadlocks two batches that cover the same calls in different orders', async () => {
    const calls = [await paidInterview(), await paidInterview(), await paidInterview()];
    const [r1, r2, r3] = calls.map((c) => c.id).sort();
    const lockWaits = async () => {
      const result = (await handle.db.execute(
        sql`select count(*)::int as waiting from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`,
      )) as { rows: { waiting: number }[] };
      return result.rows[0]!.waiting;
    };
    const untilWaiting = async (count: number) => {
      for (let i = 0; i < 200 && (await lockWaits()) < count; i += 1) await new Promise((r) => setTimeout(r, 10));
      expect(await lockWaits()).toBe(count);
    };
    const save = (ids: string[]) =>
      saveTranscripts(
        handle.db,
        ids.map((id) => ({ id, transcript: [{ role: 'user', content: 'Hi.' }] })),
      );
    // Another writer holds the last call, so each batch stops part-way through its rows.
    let release!: () => void;
    let locked!: () => void;
    const isLocked = new Promise<void>((resolve) => (locked = resolve));
    const holder = handle.db.transaction(async (tx) => {
      await tx.execute(sql`select id from interviews where id = ${r3} for update`);
      locked();
      await new Promise<void>((resolve) => (release = resolve));
    });
    await isLocked;
    const first = save([r1!, r3!, r2!]);
    await untilWaiting(1);
    const second = save([r2!, r1!]);
    await untilWaiting(2);
    release();
    await holder;
    // Taken in the order each plan met them, the two would each hold a row the other needs.
    await expect(Promise.all([first, second])).resolves.toEqual([undefined, undefined]);
  });

  it('starts many calls in one statement, each by its own first start, the ended one left ended', async () => {
    const fresh = await paidInterview();
    const resumed = await paidInterview();
    const ended = await paidInterview();
    const first = new Date('2026-11-24T09:00:00Z');
    await markInterviewsStarted(handle.db, [{ id: resumed.id, at: first, connectionId: 'old-socket' }]);
    await finishInterview(handle.db, { id: ended.id, reason: 'candidate_ended', at: new Date() });
    const now = new Date('2026-11-24T10:00:00Z');
    const started = await markInterviewsStarted(handle.db, [
      { id: fresh.id, at: now, connectionId: 'socket-1' },
      { id: resumed.id, at: now, connectionId: 'socket-2' },
      { id: ended.id, at: now, connectionId: 'socket-3' },
      { id: fresh.id, at: new Date('2026-11-24T10:00:01Z'), connectionId: 'socket-4' },
    ]);
    expect(started.map((d) => d.toISOString())).toEqual([
      '2026-11-24T10:00:01.000Z', // a call given twice is marked by its last mark, and both answers say so
      first.toISOString(),
      now.toISOString(),
      '2026-11-24T10:00:01.000Z',
    ]);
    const rows = await handle.db
      .select()
      .from(interviews)
      .where(inArray(interviews.id, [fresh.id, resumed.id, ended.id]));
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get(fresh.id)).toMatchObject({ status: 'ongoing', lastConnectionId: 'socket-4', accessToken: null });
    expect(byId.get(resumed.id)).toMatchObject({ status: 'ongoing', startedAt: first, lastConnectionId: 'socket-2' });
    expect(byId.get(ended.id)).toMatchObject({ status: 'ended', endReason: 'candidate_ended' });
  });

  it('saves many running transcripts in one statement: never a shorter one over a longer, never into an ended call', async () => {
    const growing = await paidInterview();
    const shrinking = await paidInterview();
    const ended = await paidInterview();
    const turns = (n: number) =>
      Array.from({ length: n }, (_, i) => ({
        role: i % 2 ? ('user' as const) : ('agent' as const),
        content: `line ${i} "quoted" \\ ünïcode`,
      }));
    await saveTranscripts(handle.db, [{ id: shrinking.id, transcript: turns(4) }]);
    await finishInterview(handle.db, { id: ended.id, reason: 'candidate_ended', at: new Date(), transcript: turns(1) });
    await saveTranscripts(handle.db, [
      { id: growing.id, transcript: turns(2) },
      { id: shrinking.id, transcript: turns(3) },
      { id: ended.id, transcript: turns(5) },
      { id: growing.id, transcript: turns(3) },
    ]);
    expect((await findInterviewByCallId(handle.db, growing.callId))?.transcript).toEqual(turns(3));
    expect((await findInterviewByCallId(handle.db, shrinking.callId))?.transcript).toEqual(turns(4));
    expect((await findInterviewByCallId(handle.db, ended.callId))?.transcript).toEqual(turns(1));
  });

  it('records many first answers in one statement, each once (the earliest), never moved later', async () => {
    const a = await paidInterview();
    const b = await paidInterview();
    const early = new Date('2026-11-24T10:00:00Z');
    const later = new Date('2026-11-24T10:01:00Z');
    await markInterviewsAnswered(handle.db, [
      { id: a.id, at: later },
      { id: b.id, at: later },
      { id: a.id, at: early },
    ]);
    await markInterviewsAnswered(handle.db, [{ id: b.id, at: early }]);
    expect((await findInterviewByCallId(handle.db, a.callId))?.firstAnswerAt).toEqual(early);
    expect((await findInterviewByCallId(handle.db, b.callId))?.firstAnswerAt).toEqual(later);
  });

  it('keeps the credit of a silent call once a model reply went out, recorded by the session or by the ending itself', async () => {
    const marked = await paidInterview();
    const early = new Date('2026-11-24T10:00:00Z');
    await markInterviewsReplied(handle.db, [
      { id: marked.id, at: new Date('2026-11-24T10:01:00Z') },
      { id: marked.id, at: early },
    ]);
    await markInterviewsReplied(handle.db, [{ id: marked.id, at: new Date('2026-11-24T09:00:00Z') }]); // never moved
    expect((await findInterviewByCallId(handle.db, marked.callId))?.firstReplyAt).toEqual(early);
    expect(await finishInterview(handle.db, { id: marked.id, reason: 'candidate_ended', at: new Date() })).toEqual({
      ended: true,
      refunded: false,
    });
    expect(await getBalance(handle.db, marked.userId)).toBe(0);

    const atEnd = await paidInterview();
    expect(await finishInterview(handle.db, { id: atEnd.id, reason: 'time', at: new Date(), repliedAt: early })).toEqual({
      ended: true,
      refunded: false,
    });
    expect((await findInterviewByCallId(handle.db, atEnd.callId))?.firstReplyAt).toEqual(early);
    expect(await getBalance(handle.db, atEnd.userId)).toBe(0);
  });
});
