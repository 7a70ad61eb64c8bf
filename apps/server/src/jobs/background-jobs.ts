import { schema, type Database } from '@voxly/api/db';
import { sweepAbandonedInterviews, sweepNeverStartedInterviews, type SessionRegistry } from '@voxly/api/interview';
import { lt, sql } from 'drizzle-orm';
import type { Logger } from '../logging/logger.ts';
import type { PeriodicJob } from './periodic-job.ts';

export interface BackgroundJobOptions {
  db: Database;
  sessions: SessionRegistry;
  logger: Logger;
  /** A call no instance has held for this long is over (`disconnected`). */
  reconnectGraceMs: number;
  /** How often live calls look for an ending made elsewhere. */
  endedElsewhereCheckMs: number;
  /** What the vendor adapters need run (the sandbox's delivery retries, the balance mirror). */
  vendorJobs: PeriodicJob[];
}

/** A registered call nobody joined within this time is ended and refunded. */
const NEVER_STARTED_AFTER_MS = 30 * 60_000;

/**
 * The server's periodic work, each job decided from the database so that any instance can
 * run it and a restart loses nothing: ending calls never joined and calls abandoned,
 * closing sockets of calls ended elsewhere (and telling the database which calls this
 * instance still holds), and whatever the vendor adapters need (the sandbox's retries).
 */
export function startBackgroundJobs(options: BackgroundJobOptions): { stop(): void } {
  const { db, sessions, logger, reconnectGraceMs } = options;
  const timers: ReturnType<typeof setInterval>[] = [];
  const every = (ms: number, job: () => Promise<unknown>, what: string) => {
    let running = false;
    const timer = setInterval(() => {
      if (running) return; // a slow database must not pile up runs
      running = true;
      job()
        .catch((error: unknown) => logger.warn({ err: error }, `${what} failed`))
        .finally(() => (running = false));
    }, ms);
    timer.unref();
    timers.push(timer);
  };

  every(
    60_000,
    async () => {
      const swept = await sweepNeverStartedInterviews(db, new Date(Date.now() - NEVER_STARTED_AFTER_MS));
      if (swept > 0) logger.info({ swept }, 'never-started calls ended and refunded');
    },
    'never-started sweep',
  );
  // Held calls are touched well inside the grace period, so only a call nobody holds goes stale.
  const touchMs = Math.max(100, Math.min(options.endedElsewhereCheckMs, Math.floor(reconnectGraceMs / 3)));
  every(
    touchMs,
    async () => {
      await sessions.touchConnected();
      await sessions.sweepEndedElsewhere();
    },
    'live-call check',
  );
  every(
    Math.max(200, Math.min(15_000, Math.floor(reconnectGraceMs / 4))),
    async () => {
      const swept = await sweepAbandonedInterviews(db, reconnectGraceMs);
      if (swept > 0) logger.info({ swept }, 'abandoned calls ended');
    },
    'abandoned-call sweep',
  );
  // Local sign-in's sessions that expired a day ago are of no further use (revoked ones too).
  every(
    60 * 60_000,
    async () => {
      await db.delete(schema.localSessions).where(lt(schema.localSessions.expiresAt, sql`now() - interval '1 day'`));
    },
    'expired-session cleanup',
  );
  for (const job of options.vendorJobs) every(job.everyMs, () => job.run(), job.what);
  return {
    stop() {
      for (const timer of timers.splice(0)) clearInterval(timer);
    },
  };
}
