import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../src/db/database.ts';
import { balanceMirrorOutbox, creditLedger } from '../src/db/schema.ts';
import { drainBalanceMirror, mirrorRetryDelayMs, type MirrorDrainTimings } from '../src/domain/credits/balance-mirror-outbox.ts';
import { appendLedgerEntry, getBalance } from '../src/domain/credits/ledger.ts';
import { ensureUser } from '../src/domain/users/ensure-user.ts';
import type { BalanceMirror } from '../src/ports/balance-mirror-port.ts';
import { testDatabaseTargets } from './support/test-databases.ts';

const timings: MirrorDrainTimings = { retryBaseMs: 1_000, maxRetryMs: 300_000, writeTimeoutMs: 2_000, batchSize: 10 };

/** A mirror that records what it was told, and can be made to fail, hang or run something mid-write. */
class RecordingMirror implements BalanceMirror {
  readonly mode = 'clerk';
  readonly writes: { userId: string; credits: number }[] = [];
  failWith: Error | null = null;
  unknown = new Set<string>();
  duringWrite: (() => Promise<void>) | null = null;
  delayMs = 0;

  async write(userId: string, credits: number) {
    if (this.delayMs > 0) await new Promise((r) => setTimeout(r, this.delayMs));
    if (this.duringWrite) {
      const during = this.duringWrite;
      this.duringWrite = null;
      await during();
    }
    if (this.failWith) throw this.failWith;
    if (this.unknown.has(userId)) return 'unknown-user' as const;
    this.writes.push({ userId, credits });
    return 'written' as const;
  }

  lastFor(userId: string) {
    return this.writes.filter((w) => w.userId === userId).at(-1)?.credits;
  }
}

describe('the mirror retry delay', () => {
  it('doubles from the base and stops at the cap', () => {
    expect([1, 2, 3, 4].map((n) => mirrorRetryDelayMs(n, timings))).toEqual([1_000, 2_000, 4_000, 8_000]);
    expect(mirrorRetryDelayMs(30, timings)).toBe(300_000);
  });
});

describe.each(testDatabaseTargets)('the balance mirror outbox on $name', (target) => {
  let handle: DatabaseHandle;
  let mirror: RecordingMirror;
  let userId: string;
  let n = 0;

  beforeAll(async () => {
    handle = await target.open();
  });
  afterAll(() => handle?.close());
  beforeEach(async () => {
    // Each test starts from an empty outbox, so one test's rows are never another's.
    await handle.db.delete(balanceMirrorOutbox);
    mirror = new RecordingMirror();
    n += 1;
    userId = `user_mirror_${n}`;
    await ensureUser(handle.db, { id: userId });
  });

  const outboxRow = async (id: string) => (await handle.db.select().from(balanceMirrorOutbox).where(eq(balanceMirrorOutbox.userId, id)))[0];
  const ledgerRows = (id: string) => handle.db.$count(creditLedger, eq(creditLedger.userId, id));
  /** Makes the user's outbox row due now (as if its backoff had run out). */
  const dueNow = (id: string) =>
    handle.db
      .update(balanceMirrorOutbox)
      .set({ nextAttemptAt: sql`now()` })
      .where(eq(balanceMirrorOutbox.userId, id));

  it('writes the current balance after a purchase, a spend, a refund and a grant, then has nothing left to do', async () => {
    await appendLedgerEntry(handle.db, { userId, delta: 3, reason: 'purchase', paymentId: `pay-${userId}` });
    await drainBalanceMirror(handle.db, mirror, timings);
    expect(mirror.lastFor(userId)).toBe(3);
    const interviewId = crypto.randomUUID();
    await appendLedgerEntry(handle.db, { userId, delta: -1, reason: 'interview', interviewId });
    await drainBalanceMirror(handle.db, mirror, timings);
    expect(mirror.lastFor(userId)).toBe(2);
    await appendLedgerEntry(handle.db, { userId, delta: 1, reason: 'refund', interviewId });
    await appendLedgerEntry(handle.db, { userId, delta: 5, reason: 'grant' });
    // Two changes before a drain: one write, of the balance as it is now.
    expect(await drainBalanceMirror(handle.db, mirror, timings)).toMatchObject({ written: 1, failures: [] });
    expect(mirror.writes.filter((w) => w.userId === userId).map((w) => w.credits)).toEqual([3, 2, 8]);
    expect(await outboxRow(userId)).toBeUndefined();
    expect(await drainBalanceMirror(handle.db, mirror, timings)).toMatchObject({ written: 0 });
  });

  it('hears of a ledger row written by hand in SQL (support’s grant), and of none that rolled back', async () => {
    await handle.db.execute(sql`insert into credit_ledger (user_id, delta, reason) values (${userId}, 4, 'grant')`);
    const rolledBack = `user_mirror_rollback_${n}`;
    await ensureUser(handle.db, { id: rolledBack });
    await handle.db
      .transaction(async (tx) => {
        await appendLedgerEntry(tx, { userId: rolledBack, delta: 2, reason: 'grant' });
        throw new Error('rolled back');
      })
      .catch(() => undefined);
    expect(await outboxRow(rolledBack)).toBeUndefined();
    await drainBalanceMirror(handle.db, mirror, timings);
    expect(mirror.writes).toEqual([{ userId, credits: 4 }]);
  });

  it('keeps a failed write, retries it with growing delays, and never touches the ledger', async () => {
    await appendLedgerEntry(handle.db, { userId, delta: 3, reason: 'grant' });
    mirror.failWith = Object.assign(new Error('Internal Server Error'), { status: 500 });
    const first = await drainBalanceMirror(handle.db, mirror, timings);
    expect(first.failures).toMatchObject([{ userId, attempts: 1, retryInMs: 1_000 }]);
    const row = await outboxRow(userId);
    expect(row).toMatchObject({ attempts: 1, lastError: 'HTTP 500' });
    // Not due again before its delay.
    expect((await drainBalanceMirror(handle.db, mirror, timings)).failures).toEqual([]);
    await dueNow(userId);
    expect((await drainBalanceMirror(handle.db, mirror, timings)).failures).toMatchObject([{ attempts: 2, retryInMs: 2_000 }]);
    expect(await ledgerRows(userId)).toBe(1);
    expect(await getBalance(handle.db, userId)).toBe(3);

    mirror.failWith = null;
    await dueNow(userId);
    await drainBalanceMirror(handle.db, mirror, timings);
    expect(mirror.lastFor(userId)).toBe(3);
    expect(await outboxRow(userId)).toBeUndefined();
  });

  it('counts a write that does not answer in time as failed', async () => {
    await appendLedgerEntry(handle.db, { userId, delta: 1, reason: 'grant' });
    mirror.delayMs = 300;
    const drained = await drainBalanceMirror(handle.db, mirror, { ...timings, writeTimeoutMs: 50 });
    expect(drained.failures).toMatchObject([{ userId, attempts: 1 }]);
    expect(await outboxRow(userId)).toMatchObject({ attempts: 1 });
  });

  it('writes again when the ledger moves during a write, so the newest balance is the one that stays', async () => {
    await appendLedgerEntry(handle.db, { userId, delta: 3, reason: 'grant' });
    mirror.duringWrite = async () => {
      await appendLedgerEntry(handle.db, { userId, delta: -1, reason: 'interview', interviewId: crypto.randomUUID() });
    };
    await drainBalanceMirror(handle.db, mirror, timings);
    expect(mirror.lastFor(userId)).toBe(3);
    // The row survived the stale write and is due at once.
    expect(await outboxRow(userId)).toMatchObject({ attempts: 0 });
    await drainBalanceMirror(handle.db, mirror, timings);
    expect(mirror.lastFor(userId)).toBe(2);
    expect(await outboxRow(userId)).toBeUndefined();
  });

  it('drops a user the mirror does not know, without retrying', async () => {
    await appendLedgerEntry(handle.db, { userId, delta: 1, reason: 'grant' });
    mirror.unknown.add(userId);
    expect((await drainBalanceMirror(handle.db, mirror, timings)).unknownUsers).toEqual([userId]);
    expect(await outboxRow(userId)).toBeUndefined();
  });

  it('lets only one of two drains at once write a user (the lease)', async () => {
    await appendLedgerEntry(handle.db, { userId, delta: 2, reason: 'grant' });
    mirror.delayMs = 100;
    await Promise.all([drainBalanceMirror(handle.db, mirror, timings), drainBalanceMirror(handle.db, mirror, timings)]);
    expect(mirror.writes).toEqual([{ userId, credits: 2 }]);
  });
});
