import type { IncomingMessage } from 'node:http';
import { createClerkClient, verifyToken } from '@clerk/backend';
import { clerkMiddleware, getAuth } from '@clerk/express';
import type { BalanceMirror } from '@voxly/api/credits';
import type { AuthPort, UserDirectory } from '@voxly/api/router';
import type { AuthConfig } from '@voxly/config/server';
import { parse as parseCookie } from 'cookie';
import type { Request, RequestHandler } from 'express';
import type { Logger } from '../../logging/logger.ts';
import { createClerkBalanceMirror } from './clerk-balance-mirror.ts';
import { createClerkUserDirectory } from './clerk-user-directory.ts';

export interface ClerkAuth {
  port: AuthPort;
  /** Verifies the session token on each request; mount before the routes that identify. */
  middleware: RequestHandler;
  /** Each user's balance in `publicMetadata.credits`, for Clerk's dashboard. */
  balanceMirror: BalanceMirror;
  /** The user object: the payer's primary email for a checkout. */
  directory: UserDirectory;
}

/** The cookie Clerk's browser SDK keeps the session token in. */
export const clerkSessionCookie = '__session';

/** The query parameter a browser's WebSocket carries its session token in (it cannot set headers). */
const socketTokenParam = 'token';

/**
 * A request Clerk's middleware never saw (a WebSocket upgrade): its session token, from
 * the `Authorization` header, the `token` query parameter or Clerk's `__session` cookie.
 */
function sessionTokenOf(request: IncomingMessage): string | null {
  const bearer = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
  if (bearer) return bearer;
  const query = new URL(request.url ?? '/', 'http://localhost').searchParams.get(socketTokenParam);
  if (query) return query;
  const cookie = request.headers.cookie ? parseCookie(request.headers.cookie)[clerkSessionCookie] : undefined;
  return cookie ?? null;
}

/**
 * Clerk sign-in. With CLERK_JWT_KEY the session token is verified offline against that
 * PEM key; without it, against Clerk's JWKS. authorizedParties pins the token to our web
 * origin (`azp`).
 */
export function createClerkAuth(config: Extract<AuthConfig, { kind: 'clerk' }>, logger: Logger): ClerkAuth {
  const apiUrl = config.apiUrl ? { apiUrl: config.apiUrl } : {};
  const middleware = clerkMiddleware({
    secretKey: config.secretKey,
    publishableKey: config.publishableKey,
    ...(config.jwtKey ? { jwtKey: config.jwtKey } : {}),
    ...apiUrl,
    authorizedParties: config.authorizedParties,
  });
  const verifyOptions = {
    secretKey: config.secretKey,
    authorizedParties: config.authorizedParties,
    ...(config.jwtKey ? { jwtKey: config.jwtKey } : {}),
    ...apiUrl,
  };
  const backendApi = createClerkClient({ secretKey: config.secretKey, publishableKey: config.publishableKey, ...apiUrl });

  /** The same checks the middleware makes (signature, expiry, azp), for a request it did not see. */
  async function verifyDirectly(request: IncomingMessage) {
    const token = sessionTokenOf(request);
    if (!token || token.length > 8_192) return null;
    try {
      const claims = await verifyToken(token, verifyOptions);
      return typeof claims.sub === 'string' ? { userId: claims.sub } : null;
    } catch {
      return null;
    }
  }

  const port: AuthPort = {
    mode: 'clerk',
    async identify(request) {
      let userId: string | null;
      try {
        userId = getAuth(request as Request).userId;
      } catch {
        // The middleware did not run for this request (a socket upgrade): verify its token here.
        return verifyDirectly(request);
      }
      return userId ? { userId } : null;
    },
  };
  return {
    port,
    middleware,
    balanceMirror: createClerkBalanceMirror(backendApi),
    directory: createClerkUserDirectory(backendApi, logger.child({ component: 'clerk' })),
  };
}
