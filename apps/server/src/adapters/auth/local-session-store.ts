import { batchWhileBusy, schema, unnamed, type Database } from '@voxly/api/db';
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import { localSessionMaxAgeSeconds } from './local-session.ts';

const sessions = schema.localSessions;
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Local sign-in's server-side sessions: what makes sign-out real on every instance. */
export function createLocalSessionStore(db: Database) {
  // Every signed-in request and every call's connect asks this: built once, and the checks
  // of one event-loop pass go out as one statement.
  const liveOwners = db
    .select({ id: sessions.id, userId: sessions.userId })
    .from(sessions)
    .where(
      and(
        sql`${sessions.id} = any(${sql.placeholder('sessionIds')}::uuid[])`,
        isNull(sessions.revokedAt),
        gt(sessions.expiresAt, sql`now()`),
      ),
    )
    .prepare(unnamed);
  const ownerOfLive = batchWhileBusy(async (sessionIds: readonly string[]) => {
    const rows = await liveOwners.execute({ sessionIds: [...new Set(sessionIds)] });
    const owners = new Map(rows.map((row) => [row.id, row.userId]));
    return sessionIds.map((id) => owners.get(id) ?? null);
  });
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
      // Only a well-formed id joins a batch: one bad cast would fail every check beside it.
      if (!uuid.test(sessionId)) return false;
      return (await ownerOfLive(sessionId.toLowerCase())) === userId;
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
