import { clerkMiddleware, getAuth } from '@clerk/express';
import type { AuthPort } from '@voxly/api';
import type { AuthConfig } from '@voxly/config/server';
import type { Request, RequestHandler } from 'express';

export interface ClerkAuth {
  port: AuthPort;
  /** Verifies the session token on each request; mount before the routes that identify. */
  middleware: RequestHandler;
}

/**
 * Clerk sign-in. With CLERK_JWT_KEY the session token is verified offline against that
 * PEM key; without it, against Clerk's JWKS. authorizedParties pins the token to our web
 * origin (`azp`).
 */
export function createClerkAuth(config: Extract<AuthConfig, { kind: 'clerk' }>): ClerkAuth {
  const middleware = clerkMiddleware({
    secretKey: config.secretKey,
    publishableKey: config.publishableKey,
    ...(config.jwtKey ? { jwtKey: config.jwtKey } : {}),
    authorizedParties: config.authorizedParties,
  });
  const port: AuthPort = {
    mode: 'clerk',
    async identify(request) {
      try {
        const { userId } = getAuth(request as Request);
        return userId ? { userId } : null;
      } catch {
        // getAuth throws when the middleware did not run for this request (e.g. a socket upgrade).
        return null;
      }
    },
  };
  return { port, middleware };
}
