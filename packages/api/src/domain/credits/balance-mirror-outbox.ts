import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Database } from '../../db/database.ts';
import { balanceMirrorOutbox, users } from '../../db/schema.ts';
import type { BalanceMirror } from '../../ports/balance-mirror-port.ts';

export interface MirrorDrainTimings {
  /** The first retry's delay; each further failure doubles it, up to `maxRetryMs`. */
  retryBaseMs: number;
  maxRetryMs: number;
  /** How long one write may take before it counts as failed. */
  writeTimeoutMs: number;
  /** Users written per drain (in parallel). */
  batchSize: number;
}

export const defaultMirrorDrainTimings: MirrorDrainTimings = {
  retryBaseMs: 1_000,
  maxRetryMs: 5 * 60_000,
  writeTimeoutMs: 10_000,
  batchSize: 10,
};

/** How long to wait before the next try after `failures` failed ones: 1 s, 2 s, 4 s … at most the cap. */
export function mirrorRetryDelayMs(failures: number, timings: Pick<MirrorDrainTimings, 'retryBaseMs' | 'maxRetryMs'>): number {
  return Math.min(timings.maxRetryMs, timings.retryBaseMs * 2 ** Math.max(0, failures - 1));
}

interface MirrorFailure {
  userId: string;
  /** Failed tries in a row, this one included. */
  attempts: number;
  retryInMs: number;
  error: unknown;
}

export interface MirrorDrainResult {
  written: number;
  unknownUsers: string[];
  failures: MirrorFailure[];
}

/** A short, secret-free reason for the outbox row: the provider's status code, or the error's name. */
function reasonOf(error: unknown): string {
  const status = (error as { status?: unknown } | null)?.status;
  if (typeof status === 'number') return `HTTP ${status}`;
  return error instanceof Error ? error.name.slice(0, 100) : 'unknown error';
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`the mirror did not answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Writes every balance the outbox says is owed to the mirror (ADR 0024). Each due row is
 * leased first (another instance's drain skips it meanwhile; the lease outlasts a write),
 * then the user's balance is read as it is now and written: the mirror always receives the
 * current balance, so a write that repeats or comes late changes nothing that matters. A
 * row is deleted only if no newer ledger row arrived since it was leased; otherwise it is
 * due again at once. A failed write is retried with backoff. The ledger is never touched.
 */
export async function drainBalanceMirror(
  db: Database,
  mirror: BalanceMirror,
  timings: MirrorDrainTimings = defaultMirrorDrainTimings,
): Promise<MirrorDrainResult> {
  const t = balanceMirrorOutbox;
  const leaseSeconds = Math.max(60, (3 * timings.writeTimeoutMs) / 1000);
  const due = await db
    .update(t)
    .set({ nextAttemptAt: sql`now() + make_interval(secs => ${leaseSeconds})` })
    .where(
      sql`${t.userId} in (select ${t.userId} from ${t} where ${t.nextAttemptAt} <= now() order by ${t.nextAttemptAt} limit ${timings.batchSize} for update skip locked)`,
    )
    .returning({ userId: t.userId, ledgerId: t.ledgerId, attempts: t.attempts });
  const result: MirrorDrainResult = { written: 0, unknownUsers: [], failures: [] };
  if (due.length === 0) return result;

  // Read after the lease: each balance includes at least every ledger row the lease saw.
  const balances = new Map(
    (
      await db
        .select({ id: users.id, credits: users.credits })
        .from(users)
        .where(
          inArray(
            users.id,
            due.map((row) => row.userId),
          ),
        )
    ).map((row) => [row.id, row.credits]),
  );

  /** Done with this row, unless the ledger moved since the lease: then it is due again now. */
  async function settle(userId: string, ledgerId: number) {
    const deleted = await db
      .delete(t)
      .where(and(eq(t.userId, userId), eq(t.ledgerId, ledgerId)))
      .returning({ userId: t.userId });
    if (deleted.length === 0) {
      await db
        .update(t)
        .set({ nextAttemptAt: sql`now()`, attempts: 0, lastError: null })
        .where(eq(t.userId, userId));
    }
  }

  await Promise.all(
    due.map(async ({ userId, ledgerId, attempts }) => {
      try {
        const outcome = await withTimeout(mirror.write(userId, balances.get(userId) ?? 0), timings.writeTimeoutMs);
        if (outcome === 'unknown-user') result.unknownUsers.push(userId);
        else result.written += 1;
        await settle(userId, ledgerId);
      } catch (error) {
        const failures = attempts + 1;
        const retryInMs = mirrorRetryDelayMs(failures, timings);
        await db
          .update(t)
          .set({ attempts: failures, nextAttemptAt: sql`now() + make_interval(secs => ${retryInMs / 1000})`, lastError: reasonOf(error) })
          .where(eq(t.userId, userId));
        result.failures.push({ userId, attempts: failures, retryInMs, error });
      }
    }),
  );
  return result;
}
