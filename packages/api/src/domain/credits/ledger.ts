import { desc, eq } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import { pgErrorCode, pgErrorCodes } from '../../db/pg-error.ts';
import { creditLedger, users, type LedgerReason } from '../../db/schema.ts';

export class InsufficientCreditsError extends Error {
  constructor(readonly userId: string) {
    super('Not enough credits');
    this.name = 'InsufficientCreditsError';
  }
}

export interface LedgerEntry {
  userId: string;
  delta: number;
  reason: LedgerReason;
  paymentId?: string;
  interviewId?: string;
}

/**
 * Appends one ledger row. The database moves the balance in the same statement and
 * refuses an overdraft (InsufficientCreditsError). A row that repeats an already applied
 * (payment, reason) or (interview, reason) is skipped and reported as 'duplicate', so
 * retries and replays can call this freely.
 */
export async function appendLedgerEntry(db: Executor, entry: LedgerEntry): Promise<'applied' | 'duplicate'> {
  try {
    const inserted = await db
      .insert(creditLedger)
      .values({
        userId: entry.userId,
        delta: entry.delta,
        reason: entry.reason,
        paymentId: entry.paymentId ?? null,
        interviewId: entry.interviewId ?? null,
      })
      .onConflictDoNothing()
      .returning({ id: creditLedger.id });
    return inserted.length === 1 ? 'applied' : 'duplicate';
  } catch (error) {
    if (pgErrorCode(error) === pgErrorCodes.checkViolation && entry.delta < 0) {
      throw new InsufficientCreditsError(entry.userId);
    }
    throw error;
  }
}

/** The user's balance; 0 for a user the database has not seen yet. */
export async function getBalance(db: Executor, userId: string): Promise<number> {
  const rows = await db.select({ credits: users.credits }).from(users).where(eq(users.id, userId));
  return rows[0]?.credits ?? 0;
}

export async function getLedgerHistory(db: Executor, userId: string, limit = 50) {
  return db
    .select({
      id: creditLedger.id,
      delta: creditLedger.delta,
      reason: creditLedger.reason,
      paymentId: creditLedger.paymentId,
      interviewId: creditLedger.interviewId,
      createdAt: creditLedger.createdAt,
    })
    .from(creditLedger)
    .where(eq(creditLedger.userId, userId))
    .orderBy(desc(creditLedger.id))
    .limit(limit);
}
