import type { IncomingMessage } from 'node:http';
import type { VendorModes } from '@voxly/config';

/** Who is calling, as the auth adapter (Clerk or local sign-in) established it. */
export interface Identity {
  userId: string;
  name?: string | undefined;
  email?: string | undefined;
}

/**
 * Sign-in. Adapters: Clerk (production) and local sign-in (a signed cookie, local mode).
 * `identify` answers null for anonymous requests and for bad, forged or expired
 * credentials alike: a bad credential is never a crash, only "not signed in".
 */
export interface AuthPort {
  readonly mode: VendorModes['auth'];
  identify(request: IncomingMessage): Promise<Identity | null>;
}
