import { errorMessages, type AuthPort, type RateLimitVerdict } from '@voxly/api/router';
import type { AbuseLimits } from '@voxly/config/server';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
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
  /** /trpc: per signed-in user, per IP when anonymous; each call of a batch counts. It only counts: the verdict is tRPC's to answer. */
  api: RequestHandler[];
  /** Whether an /trpc request was over its budget (the tRPC middleware answers TOO_MANY_REQUESTS). */
  apiVerdict(req: Request): RateLimitVerdict;
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
const message = errorMessages.tooMany;
const byIp = (req: Request) => `ip:${ipKeyGenerator(req.ip ?? 'unknown')}`;

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
    extra: { handler?: (req: Request, res: Response, next: NextFunction) => void; store?: Store; skip?: (req: Request) => boolean } = {},
  ) => {
    const { handler } = extra;
    const s = extra.store ?? store(prefix);
    return rateLimit({
      ...common,
      limit,
      keyGenerator,
      ...(s ? { store: s } : {}),
      ...(extra.skip ? { skip: extra.skip } : {}),
      handler: (req, res, next) => {
        logger.warn({ limiter: prefix, url: loggablePath(req.originalUrl) }, 'rate limit reached');
        if (handler) handler(req, res, next);
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

  // The limiter has set its headers (RateLimit-Policy, RateLimit, Retry-After); tRPC writes the answer.
  const overBudget = new WeakSet<Request>();
  const passToTrpc = (req: Request, _res: Response, next: NextFunction) => {
    overBudget.add(req);
    next();
  };

  return {
    api: [countBatchedCalls, limiter('api', limits.apiPerMinute, apiKey, { handler: passToTrpc, store: apiStore })],
    apiVerdict: (req) => (overBudget.has(req) ? 'exceeded' : 'within'),
    auth: limiter('auth', limits.authPerMinute, byIp),
    webhook: limiter('webhook', limits.webhookPerMinute, byIp, options.isTrustedWebhook ? { skip: options.isTrustedWebhook } : {}),
    sandbox: limiter('sandbox', limits.apiPerMinute, byIp),
    store: shared ? 'redis' : 'memory',
    async close() {
      await shared?.close();
    },
  };
}
