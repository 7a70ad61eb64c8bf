import { sql, type SQL } from 'drizzle-orm';
import { interviews } from '../../db/schema.ts';

/**
 * The condition every statement that updates many interviews at once carries: the rows
 * `where` picks (a condition on the alias `i`) are locked in id order before any of them is
 * updated. Batches on this instance or another (transcript saves, first-answer and start
 * marks, the live-call touch) often cover the same calls. Taken in whatever order each plan
 * met them, two batches could each hold a row the other waits for: PostgreSQL breaks such a
 * deadlock only after a second, by failing one of them.
 */
export const lockedInIdOrder = (where: SQL) =>
  sql`${interviews.id} in (select i.id from ${interviews} as i where ${where} order by i.id for update)`;

/** `lockedInIdOrder` for a batch that names its rows by id (the `ids` placeholder, uuid[]). */
export const idsLockedInOrder = () => lockedInIdOrder(sql`i.id = any(${sql.placeholder('ids')}::uuid[])`);
