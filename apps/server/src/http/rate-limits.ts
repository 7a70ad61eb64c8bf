import type { AuthPort } from '@voxly/api/router';
import type { AbuseLimits } from '@voxly/config/server';
import type { Request, RequestHandler, Response } from 'express';
import { ipKeyGenerator, MemoryStore, rateLimit, type Store } from 'express-rate-limit';
import { loggablePath } from '../logging/loggable-path.ts';
import type { Logger } from '../logging/logger.ts';
import { connectSharedCounters } from './redis-rate-limit-store.ts';

/** The most procedure calls one batched /trpc request may carry (tRPC refuses more). */
export const trpcMaxBatchSize = 20;

/** How many procedure calls a /trpc request carries: a batch names them all in its path. */
function trpcCallsIn(req: Pick<Request, 'path' | 'query'>): number {
  if (req.query.batch === undefined) return 1;
  return req.path.replace(/^\//, '').split(',').length;
}

export interface RateLimits {
  /** /trpc: per signed-in user, per IP when anonymous; each call of a batch counts. */
  api: RequestHandler[];
  /** /auth: sign-in attempts per IP. */
  auth: RequestHandler;
  /** /webhook: vendor notifications per IP. */
  webhook: RequestHandler;
  /** The sandbox checkout pages: a person's clicks per IP, a budget of their own. */
  sandbox: RequestHandler;
  /** Where counters live: this process's memory, or Redis shared by every instance. */
  store: 'memory' | 'redis';
  close(): Promise<void>;
}

const WINDOW_MS = 60_000;
const message = 'Too many requests: slow down and try again in a moment.';
const byIp = (req: Request) => `ip:${ipKeyGenerator(req.ip ?? 'unknown')}`;

/** tRPC clients expect tRPC's error shape (an array of them for a batch). */
function tooManyForTrpc(req: Request, res: Response) {
  const error = { error: { json: { message, code: -32029, data: { code: 'TOO_MANY_REQUESTS', httpStatus: 429 } } } };
  const batch = req.query.batch !== undefined;
  const paths = req.path.replace(/^\//, '').split(',');
  res.status(429).json(batch ? paths.map(() => error) : error);
}

/**
 * express-rate-limit on the API, sign-in and webhook routes. With REDIS_URL the counters
 * are shared by every instance (rate-limit-redis); otherwise each process counts its own.
 */
export async function buildRateLimits(options: {
  limits: AbuseLimits;
  redisUrl?: string;
  auth: AuthPort;
  logger: Logger;
  /** Webhook deliveries that are not the public's (the sandbox's own): not counted. */
  isTrustedWebhook?: (req: Request) => boolean;
}): Promise<RateLimits> {
  const { limits, redisUrl, auth, logger } = options;
  const shared = redisUrl ? await connectSharedCounters(redisUrl, logger) : null;
  const store = (prefix: string): Store | undefined => shared?.store(prefix);
  const common = {
    windowMs: WINDOW_MS,
    standardHeaders: 'draft-8' as const,
    legacyHeaders: false,
    // If Redis hiccups, serve rather than refuse everyone; the error is logged.
    passOnStoreError: true,
  };
  const limiter = (
    prefix: string,
    limit: number,
    keyGenerator: (req: Request) => string | Promise<string>,
    extra: { handler?: (req: Request, res: Response) => void; store?: Store; skip?: (req: Request) => boolean } = {},
  ) => {
    const { handler } = extra;
    const s = extra.store ?? store(prefix);
    return rateLimit({
      ...common,
      limit,
      keyGenerator,
      ...(s ? { store: s } : {}),
      ...(extra.skip ? { skip: extra.skip } : {}),
      handler: (req, res) => {
        logger.warn({ limiter: prefix, url: loggablePath(req.originalUrl) }, 'rate limit reached');
        if (handler) handler(req, res);
        else res.status(429).json({ error: message });
      },
    });
  };

  const apiKey = async (req: Request) => {
    // Identity unknowable (the session store is down): count by address; the API answers 503 itself.
    const identity = await auth.identify(req).catch(() => null);
    return identity ? `user:${identity.userId}` : byIp(req);
  };
  const apiStore = store('api') ?? new MemoryStore();
  // A batch is as many calls as it names: the limiter counts the last, this counts the others
  // (bounded: tRPC refuses a batch over its maximum anyway).
  const countBatchedCalls: RequestHandler = async (req, _res, next) => {
    const extra = Math.min(trpcCallsIn(req), trpcMaxBatchSize + 1) - 1;
    if (extra > 0) {
      try {
        const key = await apiKey(req);
        for (let i = 0; i < extra; i += 1) await apiStore.increment(key);
      } catch (error) {
        logger.warn({ err: error }, 'rate limit store error (batch count)');
      }
    }
    next();
  };

  return {
    api: [countBatchedCalls, limiter('api', limits.apiPerMinute, apiKey, { handler: tooManyForTrpc, store: apiStore })],
    auth: limiter('auth', limits.authPerMinute, byIp),
    webhook: limiter('webhook', limits.webhookPerMinute, byIp, options.isTrustedWebhook ? { skip: options.isTrustedWebhook } : {}),
    sandbox: limiter('sandbox', limits.apiPerMinute, byIp),
    store: shared ? 'redis' : 'memory',
    async close() {
      await shared?.close();
    },
  };
}
