import { noBalanceMirror, type BalanceMirror } from '@voxly/api/credits';
import type { Database } from '@voxly/api/db';
import { noUserDirectory, type AuthPort, type UserDirectory } from '@voxly/api/router';
import type { ServerConfig } from '@voxly/config/server';
import type { RequestHandler, Router } from 'express';
import { createLocalAuth } from '../adapters/auth/local-auth.ts';
import { localSessionCookie } from '../adapters/auth/local-session.ts';
import { loadSessionSecret } from '../adapters/local-secret.ts';
import type { Logger } from '../logging/logger.ts';

export interface AuthWiring {
  port: AuthPort;
  /** Express pieces the adapter needs mounted: Clerk's middleware, or the local sign-in routes. */
  mount: RequestHandler | Router;
  /** The cookie a signed-in browser carries (a loading hint for the web app, not proof of anything). */
  sessionCookie: string;
  /** Where each balance is shown outside our database (Clerk's dashboard), or nowhere. */
  balanceMirror: BalanceMirror;
  /** What the sign-in provider knows of a user (the payer's email), or nothing. */
  directory: UserDirectory;
}

/** Clerk's adapter, and so its SDK, is loaded only when Clerk is configured. */
export async function buildAuth(config: ServerConfig, db: Database, logger: Logger): Promise<AuthWiring> {
  if (config.auth.kind === 'clerk') {
    const { clerkSessionCookie, createClerkAuth } = await import('../adapters/auth/clerk-auth.ts');
    const clerk = createClerkAuth(config.auth, logger);
    return {
      port: clerk.port,
      mount: clerk.middleware,
      sessionCookie: clerkSessionCookie,
      balanceMirror: clerk.balanceMirror,
      directory: clerk.directory,
    };
  }
  const local = createLocalAuth({
    secret: loadSessionSecret(config.auth.sessionSecret, config.dataDir),
    secureCookies: config.webOrigin.startsWith('https:'),
    db,
  });
  return {
    port: local.port,
    mount: local.routes,
    sessionCookie: localSessionCookie,
    balanceMirror: noBalanceMirror,
    directory: noUserDirectory,
  };
}
