import type { Language } from '@voxly/config';
import { eq } from 'drizzle-orm';
import type { Database } from '../../db/database.ts';
import { users } from '../../db/schema.ts';
import { NotFoundError } from '../not-found-error.ts';

const profileColumns = { id: users.id, name: users.name, email: users.email, locale: users.locale };

/** The user's profile and balance (a user the database has not seen yet has none). */
export async function profileOf(db: Database, userId: string) {
  const [row] = await db
    .select({ ...profileColumns, credits: users.credits })
    .from(users)
    .where(eq(users.id, userId));
  const { credits = 0, ...user } = row ?? { id: userId, name: null, email: null, locale: null };
  return { user, credits };
}

/** Changes the display name and/or the preferred language. */
export async function updateProfile(db: Database, userId: string, change: { name?: string | undefined; locale?: Language | undefined }) {
  const [row] = await db.update(users).set(change).where(eq(users.id, userId)).returning(profileColumns);
  if (!row) throw new NotFoundError('No such user.');
  return row;
}
