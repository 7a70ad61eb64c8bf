import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../src/db/database.ts';
import { openPglite } from '../src/db/open-pglite.ts';
import { creditLedger, users } from '../src/db/schema.ts';
import { appendLedgerEntry, getBalance, InsufficientCreditsError } from '../src/domain/credits/ledger.ts';
import { ensureUser } from '../src/domain/users/ensure-user.ts';
import { rejectionMessage } from './support/rejection-message.ts';
import { testDatabaseTargets } from './support/test-databases.ts';

describe.each(testDatabaseTargets)('credit ledger on $name', (target) => {
  let handle: DatabaseHandle;
  let userId: string;
  let counter = 0;

  beforeAll(async () => {
    handle = await target.open();
  });
  afterAll(async () => {
    await handle?.close();
  });
  beforeEach(async () => {
    counter += 1;
    userId = `user_${counter}`;
    await ensureUser(handle.db, { id: userId, name: `User ${counter}` });
  });

  const ledgerSum = async (id: string) => {
    const [row] = await handle.db
      .select({ sum: sql<number>`coalesce(sum(${creditLedger.delta}), 0)::int` })
      .from(creditLedger)
      .where(eq(creditLedger.userId, id));
    return row!.sum;
  };

  it('moves the balance with each entry and keeps it equal to the sum of deltas', async () => {
    expect(await getBalance(handle.db, userId)).toBe(0);
    expect(await appendLedgerEntry(handle.db, { userId, delta: 10, reason: 'purchase', paymentId: `p-${userId}` })).toBe('applied');
    await appendLedgerEntry(handle.db, { userId, delta: -1, reason: 'interview', interviewId: crypto.randomUUID() });
    expect(await getBalance(handle.db, userId)).toBe(9);
    expect(await ledgerSum(userId)).toBe(9);
  });

  it('refuses an overdraft and changes nothing', async () => {
    await appendLedgerEntry(handle.db, { userId, delta: 1, reason: 'grant' });
    await expect(
      appendLedgerEntry(handle.db, { userId, delta: -2, reason: 'interview', interviewId: crypto.randomUUID() }),
    ).rejects.toBeInstanceOf(InsufficientCreditsError);
    expect(await getBalance(handle.db, userId)).toBe(1);
    expect(await handle.db.$count(creditLedger, eq(creditLedger.userId, userId))).toBe(1);
  });

  it('refuses an overdraft even from raw SQL that bypasses our code', async () => {
    expect(
      await rejectionMessage(handle.db.execute(sql`insert into credit_ledger (user_id, delta, reason) values (${userId}, -1, 'grant')`)),
    ).toMatch(/users_credits_non_negative/);
    expect(await getBalance(handle.db, userId)).toBe(0);
  });

  it('credits a payment at most once, even when the database is asked directly', async () => {
    const paymentId = `pay-${userId}`;
    expect(await appendLedgerEntry(handle.db, { userId, delta: 3, reason: 'purchase', paymentId })).toBe('applied');
    expect(await appendLedgerEntry(handle.db, { userId, delta: 3, reason: 'purchase', paymentId })).toBe('duplicate');
    expect(
      await rejectionMessage(
        handle.db.execute(
          sql`insert into credit_ledger (user_id, delta, reason, payment_id) values (${userId}, 3, 'purchase', ${paymentId})`,
        ),
      ),
    ).toMatch(/credit_ledger_payment_reason_key/);
    expect(await getBalance(handle.db, userId)).toBe(3);
  });

  it('credits one payment once under 20 concurrent deliveries', async () => {
    const paymentId = `race-${userId}`;
    const results = await Promise.all(
      Array.from({ length: 20 }, () => appendLedgerEntry(handle.db, { userId, delta: 5, reason: 'purchase', paymentId })),
    );
    expect(results.filter((r) => r === 'applied')).toHaveLength(1);
    expect(await getBalance(handle.db, userId)).toBe(5);
    expect(await ledgerSum(userId)).toBe(5);
  });

  it('lets exactly one of many concurrent debits spend the last credit', async () => {
    await appendLedgerEntry(handle.db, { userId, delta: 1, reason: 'grant' });
    const outcomes = await Promise.allSettled(
      Array.from({ length: 10 }, () =>
        handle.db.transaction((tx) => appendLedgerEntry(tx, { userId, delta: -1, reason: 'interview', interviewId: crypto.randomUUID() })),
      ),
    );
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    const rejected = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
    expect(rejected).toHaveLength(9);
    for (const r of rejected) expect(r.reason).toBeInstanceOf(InsufficientCreditsError);
    expect(await getBalance(handle.db, userId)).toBe(0);
  });

  it('debits an interview once and refunds it once', async () => {
    const interviewId = crypto.randomUUID();
    await appendLedgerEntry(handle.db, { userId, delta: 2, reason: 'grant' });
    expect(await appendLedgerEntry(handle.db, { userId, delta: -1, reason: 'interview', interviewId })).toBe('applied');
    expect(await appendLedgerEntry(handle.db, { userId, delta: -1, reason: 'interview', interviewId })).toBe('duplicate');
    expect(await appendLedgerEntry(handle.db, { userId, delta: 1, reason: 'refund', interviewId })).toBe('applied');
    expect(await appendLedgerEntry(handle.db, { userId, delta: 1, reason: 'refund', interviewId })).toBe('duplicate');
    expect(await getBalance(handle.db, userId)).toBe(2);
  });

  it('keeps the ledger append-only', async () => {
    await appendLedgerEntry(handle.db, { userId, delta: 4, reason: 'grant' });
    expect(await rejectionMessage(handle.db.update(creditLedger).set({ delta: 400 }).where(eq(creditLedger.userId, userId)))).toMatch(
      /append-only: UPDATE/,
    );
    expect(await rejectionMessage(handle.db.delete(creditLedger).where(eq(creditLedger.userId, userId)))).toMatch(/append-only: DELETE/);
    expect(await getBalance(handle.db, userId)).toBe(4);
  });

  it('refuses ledger rows for unknown users and zero deltas', async () => {
    expect(await rejectionMessage(appendLedgerEntry(handle.db, { userId: 'nobody', delta: 1, reason: 'grant' }))).toMatch(
      /credit_ledger_user_id_users_id_fk/,
    );
    expect(await rejectionMessage(appendLedgerEntry(handle.db, { userId, delta: 0, reason: 'grant' }))).toMatch(
      /credit_ledger_delta_non_zero/,
    );
    expect(await getBalance(handle.db, userId)).toBe(0);
  });

  it('fills in a profile without overwriting it with blanks', async () => {
    await ensureUser(handle.db, { id: userId, email: 'a@example.com' });
    await ensureUser(handle.db, { id: userId });
    const [row] = await handle.db.select().from(users).where(eq(users.id, userId));
    expect(row).toMatchObject({ name: `User ${counter}`, email: 'a@example.com', credits: 0 });
  });
});

describe('PGlite on disk', () => {
  it('keeps data across a restart and re-runs migrations harmlessly', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'voxly-pglite-'));
    try {
      const first = await openPglite(dir);
      await ensureUser(first.db, { id: 'local:ana', name: 'Ana' });
      await appendLedgerEntry(first.db, { userId: 'local:ana', delta: 3, reason: 'grant' });
      await first.close();

      const second = await openPglite(dir);
      expect(await getBalance(second.db, 'local:ana')).toBe(3);
      await second.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
