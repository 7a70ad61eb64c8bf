import type { Database } from '../../db/database.ts';
import { findStaleRegisteredInterviews, finishInterview } from './interview-store.ts';

/**
 * Ends and refunds calls that were registered but never connected (the candidate closed
 * the tab, the access token expired). Safe on every instance at once: finishing is
 * conditional and the refund is unique per interview.
 */
export async function sweepNeverStartedInterviews(db: Database, olderThan: Date): Promise<number> {
  let swept = 0;
  for (const id of await findStaleRegisteredInterviews(db, olderThan)) {
    const result = await finishInterview(db, { id, reason: 'never_started', at: new Date(), refund: 'always' });
    if (result.ended) swept += 1;
  }
  return swept;
}
