import { defaultMirrorDrainTimings, drainBalanceMirror, type BalanceMirror, type MirrorDrainTimings } from '@voxly/api/credits';
import type { Database } from '@voxly/api/db';
import type { Logger } from '../logging/logger.ts';
import type { PeriodicJob } from './periodic-job.ts';

/**
 * Drains the balance mirror's outbox (ADR 0024) on every instance: each balance the ledger
 * moved is written to the mirror (Clerk's `publicMetadata.credits`), retried with backoff
 * until it lands. Without Clerk the mirror is nowhere and each row is done at once.
 */
export function balanceMirrorJob(options: {
  db: Database;
  mirror: BalanceMirror;
  logger: Logger;
  everyMs: number;
  timings?: Partial<MirrorDrainTimings>;
}): PeriodicJob {
  const { db, mirror, logger } = options;
  const timings = { ...defaultMirrorDrainTimings, ...options.timings };
  return {
    what: 'balance mirror',
    everyMs: options.everyMs,
    async run() {
      const drained = await drainBalanceMirror(db, mirror, timings);
      for (const { userId, attempts, retryInMs, error } of drained.failures) {
        const status = (error as { status?: unknown } | null)?.status;
        const reason = error instanceof Error ? error.message : String(error);
        logger.warn({ userId, attempts, retryInMs, status, reason }, 'balance mirror write failed; it will be retried');
      }
      for (const userId of drained.unknownUsers) {
        logger.warn({ userId, mirror: mirror.mode }, 'the balance mirror does not know this user; nothing to show');
      }
    },
  };
}
