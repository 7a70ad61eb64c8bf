import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { openDatabase, type DatabaseHandle } from '@voxly/api/db';
import { FeedbackService, modelFeedbackWriter, ruleBasedFeedbackWriter } from '@voxly/api/feedback';
import {
  defaultSessionTimings,
  fieldClassifier,
  SessionRegistry,
  systemClock,
  type Clock,
  type SessionTimings,
} from '@voxly/api/interview';
import { interviewPolicy, type InterviewPolicy } from '@voxly/config';
import { vendorModes, type ServerConfig } from '@voxly/config/server';
import { identifyOnce } from './adapters/auth/identify-once.ts';
import { buildVendors, mountVendors } from './composition/build-vendors.ts';
import { createApp } from './http/create-app.ts';
import { attachLlmSocket, defaultSocketGuards, type SocketGuards } from './http/llm-socket.ts';
import { buildRateLimits } from './http/rate-limits.ts';
import { startBackgroundJobs } from './jobs/background-jobs.ts';
import { balanceMirrorJob } from './jobs/balance-mirror-job.ts';
import { gracefulClose } from './lifecycle/graceful-close.ts';
import type { Logger } from './logging/logger.ts';
import { metricsRoutes, startMetricsServer } from './metrics/metrics-routes.ts';
import { createServerMetrics } from './metrics/server-metrics.ts';

export interface RunningServer {
  url: string;
  port: number;
  httpServer: Server;
  database: DatabaseHandle;
  sessions: SessionRegistry;
  feedback: FeedbackService;
  /** Stops accepting, lets in-flight requests finish (bounded), closes the database. */
  close(): Promise<void>;
}

export interface StartOptions {
  database?: DatabaseHandle;
  shutdownGraceMs?: number;
  /** Tests run the interview clock by hand. */
  clock?: Clock;
  policy?: InterviewPolicy;
  sessionTimings?: Partial<SessionTimings>;
  /** How long feedback.get waits for a generation before answering "pending". */
  feedbackWaitMs?: number;
  socketGuards?: Partial<SocketGuards>;
  /** How often live calls check whether another instance ended them. */
  endedElsewhereCheckMs?: number;
  /** How often the sandbox retries notifications the webhook has not taken yet. */
  sandboxRetryMs?: number;
  /** How often the balance mirror's outbox is drained, and its first retry's delay (doubling after). */
  balanceMirror?: { everyMs?: number; retryBaseMs?: number };
}

/** Builds every adapter from the configuration and starts listening. */
export async function startServer(config: ServerConfig, logger: Logger, options: StartOptions = {}): Promise<RunningServer> {
  const database = options.database ?? (await openDatabase(config.database));
  const modes = { ...vendorModes(config), database: database.kind };
  logger.info({ modes }, 'adapters selected');

  // Read on each scrape, when the registry below exists.
  const metrics = createServerMetrics(() => sessions.connected);
  const vendors = await buildVendors(config, {
    config,
    db: database.db,
    logger,
    observeWebhook: (vendor, outcome) => metrics.webhook(vendor, outcome),
    callLatency: (latency) => metrics.retellLatency(latency),
    sandboxRetryMs: options.sandboxRetryMs,
  });
  const mounted = mountVendors(vendors, config.webOrigin);
  const auth = { ...vendors.auth.port, auth: identifyOnce(vendors.auth.port.auth) };
  const llm = vendors.llm.port;
  const voice = vendors.voice.port;
  const rateLimits = await buildRateLimits({
    limits: config.limits,
    ...(config.redisUrl ? { redisUrl: config.redisUrl } : {}),
    auth: auth.auth,
    logger,
    isTrustedWebhook: mounted.isTrustedWebhook,
  });
  logger.info({ store: rateLimits.store }, 'rate limits ready');
  const clock = options.clock ?? systemClock;
  const timings = {
    ...defaultSessionTimings,
    prefillMsPer1kTokens: config.llm.kind === 'openai' ? config.llm.prefillMsPer1kTokens : 0,
    reconnectGraceMs: config.reconnectGraceMs,
    speculationsPerTurn: config.preemptiveRepliesPerTurn,
    ...options.sessionTimings,
  };
  const sessions = new SessionRegistry({
    db: database.db,
    llm,
    metrics: metrics.session,
    clock,
    policy: options.policy ?? interviewPolicy,
    timings,
    logger: logger.child({ component: 'interview' }),
  });
  const feedback = new FeedbackService({
    db: database.db,
    writer: llm.mode === 'openai' ? modelFeedbackWriter(llm) : ruleBasedFeedbackWriter,
    fallback: llm.mode === 'openai' ? ruleBasedFeedbackWriter : undefined,
    voice,
    logger: logger.child({ component: 'feedback' }),
    ...(options.feedbackWaitMs !== undefined ? { waitMs: options.feedbackWaitMs } : {}),
  });
  const app = createApp({
    config,
    logger,
    auth: { port: auth.auth, sessionCookie: auth.sessionCookie },
    ping: () => database.ping(),
    rateLimits,
    extraRoutes: [...(config.metrics.token ? [metricsRoutes(metrics.registry, config.metrics.token)] : []), ...mounted.routes],
    connectSources: mounted.connectSources,
    services: {
      db: database.db,
      modes,
      currency: config.currency,
      markets: config.markets,
      voice,
      classifyField: fieldClassifier(llm, (error) =>
        logger.warn({ err: error }, 'the model did not classify the field; the local classifier did'),
      ),
      payments: vendors.payments.port,
      directory: auth.directory,
      checkoutUrls: { webOrigin: config.webOrigin },
      sessions,
      feedback,
      onRecordingError: (error) =>
        logger.warn({ err: error }, 'could not read the call’s recording from the voice provider; answered the one held'),
      welcomeCredits: config.welcomeCredits,
      publicSettings: auth.publicSettings,
    },
  });

  const httpServer = createServer(app);
  const sockets = attachLlmSocket(httpServer, {
    registry: sessions,
    auth: auth.auth,
    access: mounted.socketAccess,
    logger,
    onClose: (code) => metrics.socketClosed(code),
    guards: {
      ...defaultSocketGuards,
      callsPerInstance: config.limits.callsPerInstance,
      callsPerUser: config.limits.callsPerUser,
      ...options.socketGuards,
    },
  });
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.port, config.host, () => resolve());
  });
  const { port } = httpServer.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  mounted.listening(url);
  logger.info({ port, url }, 'listening');
  const metricsServer = config.metrics.port ? await startMetricsServer(metrics.registry, config.metrics.port, config.metrics.host) : null;
  if (metricsServer) logger.info({ port: config.metrics.port, host: config.metrics.host }, 'metrics on the internal port');

  const jobs = startBackgroundJobs({
    db: database.db,
    sessions,
    logger,
    reconnectGraceMs: timings.reconnectGraceMs,
    endedElsewhereCheckMs: options.endedElsewhereCheckMs ?? 3_000,
    vendorJobs: [
      ...mounted.jobs,
      balanceMirrorJob({
        db: database.db,
        mirror: auth.balanceMirror,
        logger: logger.child({ component: 'balance-mirror' }),
        everyMs: options.balanceMirror?.everyMs ?? 2_000,
        ...(options.balanceMirror?.retryBaseMs ? { timings: { retryBaseMs: options.balanceMirror.retryBaseMs } } : {}),
      }),
    ],
  });

  const close = gracefulClose({
    httpServer,
    sockets,
    sessions,
    feedback,
    stopFirst: [() => jobs.stop(), () => metricsServer?.close()],
    closeLast: [() => rateLimits.close()],
    database: options.database ? undefined : database,
    graceMs: options.shutdownGraceMs ?? 10_000,
    logger,
  });
  return { url, port, httpServer, database, sessions, feedback, close };
}
