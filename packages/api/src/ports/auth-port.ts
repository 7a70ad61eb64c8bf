import type { IncomingMessage } from 'node:http';
import type { Identity } from '../trpc/context.ts';

/**
 * Sign-in. Adapters: Clerk (production) and local sign-in (a signed cookie, local mode).
 * `identify` answers null for anonymous requests and for bad, forged or expired
 * credentials alike: a bad credential is never a crash, only "not signed in".
 */
export interface AuthPort {
  readonly mode: 'clerk' | 'local';
  identify(request: IncomingMessage): Promise<Identity | null>;
}
