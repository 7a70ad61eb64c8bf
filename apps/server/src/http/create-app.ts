import { isDatabaseUnavailable } from '@voxly/api/db';
import { errorMessages, retryAfterSeconds, type ApiServices, type AuthPort } from '@voxly/api/router';
import type { ServerConfig } from '@voxly/config/server';
import cors from 'cors';
import express, { type ErrorRequestHandler, type RequestHandler, type Router } from 'express';
import { pinoHttp } from 'pino-http';
import { loggablePath } from '../logging/loggable-path.ts';
import type { Logger } from '../logging/logger.ts';
import { healthRoutes } from './health-routes.ts';
import type { RateLimits } from './rate-limits.ts';
import { securityHeaders } from './security-headers.ts';
import { staticWebRoutes } from './static-web.ts';
import { trpcRoute } from './trpc-route.ts';
import { trustProxySetting } from './trust-proxy.ts';

export interface AppParts {
  config: ServerConfig;
  logger: Logger;
  services: ApiServices;
  auth: { port: AuthPort; sessionCookie: string };
  ping: () => Promise<void>;
  /** What the vendors need mounted (webhooks, pages, the sign-in middleware), in order, and /metrics. */
  extraRoutes?: (Router | RequestHandler)[];
  /** Origins a vendor's browser client connects to (Retell's LiveKit hosts), for the CSP. */
  connectSources?: readonly string[];
  rateLimits: Pick<RateLimits, 'api' | 'apiVerdict' | 'auth' | 'webhook' | 'sandbox'>;
}

/** The request's path as the client sent it (Express's originalUrl survives mounting), as the log may keep it. */
const pathOf = (req: { url?: string; originalUrl?: string }) => loggablePath(req.originalUrl ?? req.url ?? '');

/** What Express and body-parser put on the errors they raise (an HTTP status, a kind). */
const httpErrorOf = (error: unknown): { status?: unknown; type?: unknown } => (typeof error === 'object' && error !== null ? error : {});

/** Body-parser errors (too large, not JSON) as clear JSON answers instead of HTML pages. */
const bodyErrors: ErrorRequestHandler = (error: unknown, _req, res, next) => {
  const { status, type } = httpErrorOf(error);
  if (status === 413) return void res.status(413).json({ error: 'Request body too large.' });
  if (status === 400 && type === 'entity.parse.failed') return void res.status(400).json({ error: 'Body is not valid JSON.' });
  next(error);
};

/**
 * Anything a route threw that nothing above handled: logged with its cause, answered with
 * a plain message. No page ever shows a stack trace, SQL or a file path, in any mode.
 */
const unexpectedErrors =
  (logger: Logger): ErrorRequestHandler =>
  (error: unknown, req, res, _next) => {
    const unavailable = isDatabaseUnavailable(error);
    const { status: raised } = httpErrorOf(error);
    logger[unavailable ? 'warn' : 'error']({ err: error, url: loggablePath(req.originalUrl) }, 'request failed');
    if (res.headersSent) return void res.end();
    if (unavailable) res.setHeader('retry-after', String(retryAfterSeconds));
    const status = unavailable ? 503 : typeof raised === 'number' && raised >= 400 && raised < 500 ? raised : 500;
    const message = unavailable ? errorMessages.unavailable : status === 500 ? errorMessages.internal : 'The request could not be handled.';
    if (req.accepts(['json', 'html']) === 'html') res.status(status).type('text').send(message);
    else res.status(status).json({ error: message });
  };

export function createApp({
  config,
  logger,
  services,
  auth,
  ping,
  extraRoutes = [],
  connectSources = [],
  rateLimits,
}: AppParts): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', trustProxySetting(config.trustProxy));
  app.use(
    pinoHttp({
      logger,
      // Health probes every few seconds would drown the log.
      autoLogging: { ignore: (req) => req.url === '/health' || req.url === '/ready' },
      // Requests are debug (one journey is hundreds of lines); what an operator must see stays at
      // info and above: failures are errors, refusals for too many requests warnings.
      customLogLevel: (_req, res, error) => (error || res.statusCode >= 500 ? 'error' : res.statusCode === 429 ? 'warn' : 'debug'),
      // One readable line per request; the query string (tokens, inputs) and share tokens stay out.
      customSuccessMessage: (req, res, responseTime) => `${req.method} ${pathOf(req)} → ${res.statusCode} (${Math.round(responseTime)} ms)`,
      customErrorMessage: (req, res) => `${req.method} ${pathOf(req)} → ${res.statusCode} failed`,
      // What a request log needs; headers stay out (cookies, tokens, signatures).
      serializers: {
        req: (req: { id: unknown; method: string; url: string }) => ({ id: req.id, method: req.method, url: loggablePath(req.url) }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
    }),
  );
  app.use(securityHeaders(config, connectSources));
  app.use(cors({ origin: [config.webOrigin], credentials: true }));
  app.use(healthRoutes(ping));
  app.use('/webhook', rateLimits.webhook);
  app.use('/sandbox', rateLimits.sandbox);
  app.use('/auth', rateLimits.auth);
  for (const routes of extraRoutes) app.use(routes);
  app.use('/trpc', rateLimits.api, trpcRoute(services, auth.port, logger, rateLimits.apiVerdict));
  if (config.serveWebDir) app.use(staticWebRoutes(config.serveWebDir, { sessionCookie: auth.sessionCookie }));
  app.use(bodyErrors);
  app.use(unexpectedErrors(logger));
  return app;
}
