import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  defaultSessionTimings,
  FeedbackService,
  fieldClassifier,
  modelFeedbackWriter,
  openDatabase,
  ruleBasedFeedbackWriter,
  SessionRegistry,
  systemClock,
  type Clock,
  type DatabaseHandle,
  type SessionTimings,
} from '@voxly/api';
import { interviewPolicy, type InterviewPolicy } from '@voxly/config';
import { vendorModes, type ServerConfig } from '@voxly/config/server';
import { identifyOnce } from './adapters/auth/identify-once.ts';
import { loadOrCreateSecret } from './adapters/local-secret.ts';
import { createSandboxOutbox, sandboxDeliveryHeader, sandboxDeliveryToken } from './adapters/payments/sandbox-outbox.ts';
import { buildAuth } from './composition/build-auth.ts';
import { buildVendors } from './composition/build-vendors.ts';
import { createApp } from './http/create-app.ts';
import { attachLlmSocket, defaultSocketGuards, type LlmSocketAccess, type SocketGuards } from './http/llm-socket.ts';
import { mercadoPagoWebhookRoutes } from './http/mercadopago-webhook.ts';
import { buildRateLimits } from './http/rate-limits.ts';
import { retellWebhookRoutes } from './http/retell-webhook.ts';
import { sandboxCheckoutRoutes } from './http/sandbox-checkout.ts';
import { clientAddressOf } from './http/trust-proxy.ts';
import { startBackgroundJobs } from './jobs/background-jobs.ts';
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
}

/** Builds every adapter from the configuration and starts listening. */
export async function startServer(config: ServerConfig, logger: Logger, options: StartOptions = {}): Promise<RunningServer> {
  const database = options.database ?? (await openDatabase(config.database));
  const modes = { ...vendorModes(config), database: database.kind };
  logger.info({ modes }, 'adapters selected');

  const built = buildAuth(config, database.db);
  const auth = { ...built, port: identifyOnce(built.port) };
  // The sandbox signs its notifications with a local secret, checked like Mercado Pago's.
  const paymentsSecret =
    config.payments.kind === 'mercadopago'
      ? config.payments.webhookSecret
      : loadOrCreateSecret(undefined, config.dataDir, 'sandbox-webhook-secret');
  let selfUrl = '';
  const sandboxOutbox =
    config.payments.kind === 'sandbox'
      ? createSandboxOutbox({ db: database.db, secret: paymentsSecret, selfUrl: () => selfUrl, logger })
      : undefined;
  const sandboxToken = sandboxOutbox ? sandboxDeliveryToken(paymentsSecret) : undefined;
  const rateLimits = await buildRateLimits({
    limits: config.limits,
    ...(config.redisUrl ? { redisUrl: config.redisUrl } : {}),
    auth: auth.port,
    logger,
    // The sandbox's own deliveries are not the public's traffic: they do not spend its budget.
    ...(sandboxToken ? { isTrustedWebhook: (req) => req.header(sandboxDeliveryHeader) === sandboxToken } : {}),
  });
  logger.info({ store: rateLimits.store }, 'rate limits ready');
  const { llm, voice, payments } = buildVendors(config, database.db);
  const clock = options.clock ?? systemClock;
  const timings = {
    ...defaultSessionTimings,
    reconnectGraceMs: config.reconnectGraceMs,
    speculationsPerTurn: config.preemptiveRepliesPerTurn,
    ...options.sessionTimings,
  };
  // Read on each scrape, when the registry below exists.
  const metrics = createServerMetrics(() => sessions.connected);
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
    voice,
    logger: logger.child({ component: 'feedback' }),
    ...(options.feedbackWaitMs !== undefined ? { waitMs: options.feedbackWaitMs } : {}),
  });
  const app = createApp({
    config,
    logger,
    auth,
    ping: () => database.ping(),
    rateLimits,
    extraRoutes: [
      ...(config.metrics.token ? [metricsRoutes(metrics.registry, config.metrics.token)] : []),
      mercadoPagoWebhookRoutes({
        secret: paymentsSecret,
        db: database.db,
        payments,
        logger,
        onOutcome: (outcome) => metrics.webhook('mercadopago', outcome),
      }),
      ...(sandboxOutbox ? [sandboxCheckoutRoutes({ db: database.db, outbox: sandboxOutbox, webOrigin: config.webOrigin, logger })] : []),
      ...(config.voice.kind === 'retell'
        ? [
            retellWebhookRoutes({
              apiKey: config.voice.apiKey,
              db: database.db,
              logger,
              observe: { outcome: (outcome) => metrics.webhook('retell', outcome), latency: (latency) => metrics.retellLatency(latency) },
            }),
          ]
        : []),
    ],
    services: {
      db: database.db,
      modes,
      currency: config.currency,
      voice,
      classifyField: fieldClassifier(llm, (error) =>
        logger.warn({ err: error }, 'the model did not classify the field; the local classifier did'),
      ),
      payments,
      checkoutUrls: { webOrigin: config.webOrigin, publicApiUrl: config.publicApiUrl },
      sessions,
      feedback,
      publicSettings: config.auth.kind === 'clerk' ? { clerkPublishableKey: config.auth.publishableKey } : {},
    },
  });

  const httpServer = createServer(app);
  const access: LlmSocketAccess =
    config.voice.kind === 'retell'
      ? {
          kind: 'retell',
          secret: config.voice.llmSocketSecret,
          allowedIps: config.voice.allowedIps,
          clientAddress: clientAddressOf(config.trustProxy),
        }
      : { kind: 'owner', webOrigin: config.webOrigin };
  const sockets = attachLlmSocket(httpServer, {
    registry: sessions,
    auth: auth.port,
    access,
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
  selfUrl = url;
  logger.info({ port }, 'listening');
  const metricsServer = config.metrics.port ? await startMetricsServer(metrics.registry, config.metrics.port, config.host) : null;
  if (metricsServer) logger.info({ port: config.metrics.port }, 'metrics on the internal port');

  const jobs = startBackgroundJobs({
    db: database.db,
    sessions,
    logger,
    reconnectGraceMs: timings.reconnectGraceMs,
    endedElsewhereCheckMs: options.endedElsewhereCheckMs ?? 3_000,
    sandboxOutbox,
    ...(options.sandboxRetryMs !== undefined ? { sandboxRetryMs: options.sandboxRetryMs } : {}),
  });

  let closing: Promise<void> | undefined;
  const close = () => {
    closing ??= (async () => {
      jobs.stop();
      metricsServer?.close();
      // Stop accepting first, then let each call finish its turn, save, and reconnect elsewhere.
      const stopped = new Promise<void>((resolve) => httpServer.close(() => resolve()));
      logger.info({ calls: sessions.size }, 'handing live calls over');
      await sessions.handOverAll(Math.min(options.shutdownGraceMs ?? 10_000, 5_000));
      for (const client of sockets.clients) client.close(1012, 'server restarting');
      sockets.close();
      httpServer.closeIdleConnections();
      const grace = setTimeout(() => httpServer.closeAllConnections(), options.shutdownGraceMs ?? 10_000);
      await stopped;
      clearTimeout(grace);
      // Generations in flight finish (each is bounded) before the database goes away.
      await feedback.drain();
      await rateLimits.close();
      if (!options.database) await database.close();
    })();
    return closing;
  };
  return { url, port, httpServer, database, sessions, feedback, close };
}
