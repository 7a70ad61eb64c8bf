import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import { users } from '../../db/schema.ts';

export interface UserProfile {
  id: string;
  name?: string | undefined;
  email?: string | undefined;
}

/** Creates the user row on first sight; later calls only fill in what was missing. */
export async function ensureUser(db: Executor, profile: UserProfile): Promise<void> {
  await db
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
    });
}
