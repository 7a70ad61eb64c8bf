import type { Server } from 'node:http';
import type { DatabaseHandle } from '@voxly/api/db';
import type { FeedbackService } from '@voxly/api/feedback';
import type { SessionRegistry } from '@voxly/api/interview';
import type { WebSocketServer } from 'ws';
import type { Logger } from '../logging/logger.ts';

export interface ClosingParts {
  httpServer: Server;
  sockets: WebSocketServer;
  sessions: SessionRegistry;
  feedback: FeedbackService;
  /** Timers, the metrics port, the rate-limit store: stopped in this order. */
  stopFirst: (() => void)[];
  closeLast: (() => Promise<void>)[];
  /** The database, unless the caller owns it (tests share one). */
  database?: DatabaseHandle | undefined;
  graceMs: number;
  logger: Logger;
}

/**
 * Stops accepting, hands each live call over (it finishes its turn, saves, and reconnects
 * elsewhere), lets in-flight requests finish within the grace period, waits for feedback
 * generations in flight, then closes the stores. Calling it again returns the same promise.
 */
export function gracefulClose(parts: ClosingParts): () => Promise<void> {
  let closing: Promise<void> | undefined;
  return () => {
    closing ??= (async () => {
      for (const stop of parts.stopFirst) stop();
      const { httpServer, sockets, sessions } = parts;
      const stopped = new Promise<void>((resolve) => httpServer.close(() => resolve()));
      parts.logger.info({ calls: sessions.size }, 'handing live calls over');
      await sessions.handOverAll(Math.min(parts.graceMs, 5_000));
      for (const client of sockets.clients) client.close(1012, 'server restarting');
      sockets.close();
      httpServer.closeIdleConnections();
      const grace = setTimeout(() => httpServer.closeAllConnections(), parts.graceMs);
      await stopped;
      clearTimeout(grace);
      // Generations in flight finish (each is bounded) before the database goes away.
      await parts.feedback.drain();
      for (const close of parts.closeLast) await close();
      await parts.database?.close();
    })();
    return closing;
  };
}
