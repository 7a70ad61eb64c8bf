import { createExpressMiddleware } from '@trpc/server/adapters/express';
import { appRouter, retryAfterSeconds, toClientError, type ApiServices, type AuthPort, type RateLimitVerdict } from '@voxly/api/router';
import { jsonBodyLimitBytes } from '@voxly/config';
import type { Request } from 'express';
import type { Logger } from '../logging/logger.ts';
import { trpcMaxBatchSize } from './rate-limits.ts';

/** The typed API at /trpc: every request gets the services, the caller's identity and their languages. */
export function trpcRoute(services: ApiServices, auth: AuthPort, logger: Logger, rateLimit: (req: Request) => RateLimitVerdict) {
  return createExpressMiddleware({
    router: appRouter,
    maxBodySize: jsonBodyLimitBytes,
    maxBatchSize: trpcMaxBatchSize,
    createContext: async ({ req }) => {
      // Over its budget, a request is refused by the tRPC middleware, before any work.
      if (rateLimit(req) === 'exceeded') return { ...services, identity: null, rateLimit: 'exceeded' as const };
      try {
        // Accept-Language's tags, best first (Express's negotiator): the visitor's market hint.
        return {
          ...services,
          identity: await auth.identify(req),
          rateLimit: 'within' as const,
          visitor: { languages: req.acceptsLanguages() },
        };
      } catch (error) {
        throw toClientError(error); // e.g. the session store is unreachable: 503, not SQL
      }
    },
    onError: ({ error, path }) => {
      if (error.code === 'INTERNAL_SERVER_ERROR') logger.error({ err: error, path }, 'tRPC procedure failed');
      else if (error.code === 'SERVICE_UNAVAILABLE') logger.warn({ err: error, path }, 'tRPC procedure unavailable');
    },
    // Nothing here may be kept by a cache: answers are one user's, or a shared report that must
    // vanish the moment it is unshared (feedback.shared, which no search engine should index
    // either). A 503 says when to come back.
    responseMeta: ({ errors, paths }) => ({
      headers: {
        'cache-control': 'no-store',
        ...(paths?.includes('feedback.shared') ? { 'x-robots-tag': 'noindex' } : {}),
        ...(errors.some((e) => e.code === 'SERVICE_UNAVAILABLE') ? { 'retry-after': String(retryAfterSeconds) } : {}),
      },
    }),
  });
}
