import { appRouter, type ApiServices, type AuthPort } from '@voxly/api';
import { jsonBodyLimitBytes } from '@voxly/config';
import { createExpressMiddleware } from '@trpc/server/adapters/express';
import type { Logger } from '../logging/logger.ts';

/** The typed API at /trpc: every request gets the services and the caller's identity. */
export function trpcRoute(services: ApiServices, auth: AuthPort, logger: Logger) {
  return createExpressMiddleware({
    router: appRouter,
    maxBodySize: jsonBodyLimitBytes,
    createContext: async ({ req }) => ({ ...services, identity: await auth.identify(req) }),
    onError: ({ error, path }) => {
      if (error.code === 'INTERNAL_SERVER_ERROR') logger.error({ err: error, path }, 'tRPC procedure failed');
    },
  });
}
