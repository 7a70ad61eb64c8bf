import type { AuthPort, Database } from '@voxly/api';
import type { ServerConfig } from '@voxly/config/server';
import type { RequestHandler, Router } from 'express';
import { createClerkAuth } from '../adapters/auth/clerk-auth.ts';
import { createLocalAuth } from '../adapters/auth/local-auth.ts';
import { loadSessionSecret } from '../adapters/local-secret.ts';

export interface AuthWiring {
  port: AuthPort;
  /** Express pieces the adapter needs mounted: Clerk's middleware, or the local sign-in routes. */
  mount: RequestHandler | Router;
}

export function buildAuth(config: ServerConfig, db: Database): AuthWiring {
  if (config.auth.kind === 'clerk') {
    const clerk = createClerkAuth(config.auth);
    return { port: clerk.port, mount: clerk.middleware };
  }
  const local = createLocalAuth({
    secret: loadSessionSecret(config.auth.sessionSecret, config.dataDir),
    secureCookies: config.webOrigin.startsWith('https:'),
    db,
  });
  return { port: local.port, mount: local.routes };
}
