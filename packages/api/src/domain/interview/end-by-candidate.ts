import { and, eq } from 'drizzle-orm';
import type { Database } from '../../db/database.ts';
import { interviews } from '../../db/schema.ts';
import { noSuchInterview } from '../not-found-error.ts';
import { finishInterview } from './interview-store.ts';
import type { SessionRegistry } from './session-registry.ts';

/**
 * The candidate hangs up. Idempotent: ending an ended interview changes nothing. A live call
 * on this instance ends through its session (which saves and closes the socket); otherwise the
 * stored interview is finished directly.
 */
export async function endByCandidate(db: Database, sessions: Pick<SessionRegistry, 'get'>, userId: string, interviewId: string) {
  const [row] = await db
    .select({ id: interviews.id, callId: interviews.callId, status: interviews.status })
    .from(interviews)
    .where(and(eq(interviews.id, interviewId), eq(interviews.userId, userId)));
  if (!row) throw noSuchInterview();
  if (row.status !== 'ended') {
    const live = sessions.get(row.callId);
    if (live) await live.endByCandidate();
    else await finishInterview(db, { id: row.id, reason: 'candidate_ended', at: new Date() });
  }
  const [after] = await db
    .select({ status: interviews.status, endReason: interviews.endReason })
    .from(interviews)
    .where(eq(interviews.id, row.id));
  if (!after) throw noSuchInterview();
  return after;
}
