import { schema, type Database } from '@voxly/api/db';
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import { localSessionMaxAgeSeconds } from './local-session.ts';

const sessions = schema.localSessions;

/** Local sign-in's server-side sessions: what makes sign-out real on every instance. */
export function createLocalSessionStore(db: Database) {
  // Every signed-in request asks this: built once (unnamed, as with every prepared query here).
  const live = db
    .select({ id: sessions.id })
    .from(sessions)
    .where(
      and(
        eq(sessions.id, sql.placeholder('sessionId')),
        eq(sessions.userId, sql.placeholder('userId')),
        isNull(sessions.revokedAt),
        gt(sessions.expiresAt, sql`now()`),
      ),
    )
    .prepare('');
  return {
    async open(userId: string): Promise<string> {
      const [row] = await db
        .insert(sessions)
        .values({ userId, expiresAt: sql`now() + make_interval(secs => ${localSessionMaxAgeSeconds})` })
        .returning({ id: sessions.id });
      if (!row) throw new Error('the session was not stored');
      return row.id;
    },
    /** Live: not revoked, not expired, and the user's own. */
    async isLive(sessionId: string, userId: string): Promise<boolean> {
      const [row] = await live.execute({ sessionId, userId });
      return row !== undefined;
    },
    /** Sliding renewal: the session lives another full period from now. */
    async extend(sessionId: string): Promise<void> {
      await db
        .update(sessions)
        .set({ expiresAt: sql`now() + make_interval(secs => ${localSessionMaxAgeSeconds})` })
        .where(and(eq(sessions.id, sessionId), isNull(sessions.revokedAt)));
    },
    async revoke(sessionId: string): Promise<void> {
      await db
        .update(sessions)
        .set({ revokedAt: sql`now()` })
        .where(and(eq(sessions.id, sessionId), isNull(sessions.revokedAt)));
    },
  };
}
