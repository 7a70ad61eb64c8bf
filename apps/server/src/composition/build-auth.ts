import type { Database } from '@voxly/api/db';
import type { AuthPort } from '@voxly/api/router';
import type { ServerConfig } from '@voxly/config/server';
import type { RequestHandler, Router } from 'express';
import { createLocalAuth } from '../adapters/auth/local-auth.ts';
import { localSessionCookie } from '../adapters/auth/local-session.ts';
import { loadSessionSecret } from '../adapters/local-secret.ts';

export interface AuthWiring {
  port: AuthPort;
  /** Express pieces the adapter needs mounted: Clerk's middleware, or the local sign-in routes. */
  mount: RequestHandler | Router;
  /** The cookie a signed-in browser carries (a loading hint for the web app, not proof of anything). */
  sessionCookie: string;
}

/** Clerk's adapter, and so its SDK, is loaded only when Clerk is configured. */
export async function buildAuth(config: ServerConfig, db: Database): Promise<AuthWiring> {
  if (config.auth.kind === 'clerk') {
    const { clerkSessionCookie, createClerkAuth } = await import('../adapters/auth/clerk-auth.ts');
    const clerk = createClerkAuth(config.auth);
    return { port: clerk.port, mount: clerk.middleware, sessionCookie: clerkSessionCookie };
  }
  const local = createLocalAuth({
    secret: loadSessionSecret(config.auth.sessionSecret, config.dataDir),
    secureCookies: config.webOrigin.startsWith('https:'),
    db,
  });
  return { port: local.port, mount: local.routes, sessionCookie: localSessionCookie };
}
