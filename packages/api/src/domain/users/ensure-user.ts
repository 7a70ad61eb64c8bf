import { sql } from 'drizzle-orm';
import type { Database, Executor } from '../../db/database.ts';
import { users } from '../../db/schema.ts';
import { appendLedgerEntry } from '../credits/ledger.ts';

export interface UserProfile {
  id: string;
  name?: string | undefined;
  email?: string | undefined;
}

/** Creates the user row on first sight; later calls only fill in what was missing. True when this call created it. */
export async function ensureUser(db: Executor, profile: UserProfile): Promise<boolean> {
  const written = await db
    .insert(users)
    .values({ id: profile.id, name: profile.name ?? null, email: profile.email ?? null })
    .onConflictDoUpdate({
      target: users.id,
      set: {
        name: sql`coalesce(excluded.name, ${users.name})`,
        email: sql`coalesce(excluded.email, ${users.email})`,
      },
      // Skip the write (and its row lock) when nothing would change.
      setWhere: sql`(excluded.name is not null and excluded.name is distinct from ${users.name})
        or (excluded.email is not null and excluded.email is distinct from ${users.email})`,
    })
    // xmax is 0 on a row this statement inserted, set on one it updated.
    .returning({ created: sql<boolean>`(xmax = 0)` });
  return written[0]?.created === true;
}

/**
 * Creates the user on first sight and, for a new account, grants `welcomeCredits` through the
 * ledger in the same transaction: no account is created without its welcome credit, and the
 * ledger's unique welcome row (per user) makes a second grant a no-op whatever races.
 */
export async function ensureUserWithWelcome(db: Database, profile: UserProfile, welcomeCredits: number): Promise<void> {
  if (welcomeCredits <= 0) {
    await ensureUser(db, profile);
    return;
  }
  await db.transaction(async (tx) => {
    if (await ensureUser(tx, profile)) await appendLedgerEntry(tx, { userId: profile.id, delta: welcomeCredits, reason: 'welcome' });
  });
}
