import type { Database } from '../../db/database.ts';
import { findAbandonedInterviews, finishInterview } from './interview-store.ts';

/**
 * Ends calls that are `ongoing` but that no instance has held for `graceMs`: their server
 * was killed, or their socket dropped and never came back. Decided from the database, so
 * any instance can run it and a restart loses nothing; safe on every instance at once
 * (finishing is conditional, the refund unique per interview). A call in which the
 * candidate never spoke is refunded on this path too.
 */
export async function sweepAbandonedInterviews(db: Database, graceMs: number, now: () => Date = () => new Date()): Promise<number> {
  let swept = 0;
  for (const id of await findAbandonedInterviews(db, graceMs)) {
    const result = await finishInterview(db, { id, reason: 'disconnected', at: now() });
    if (result.ended) swept += 1;
  }
  return swept;
}
