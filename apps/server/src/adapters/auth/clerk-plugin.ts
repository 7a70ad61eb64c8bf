import type { AuthConfig } from '@voxly/config/server';
import type { VendorFactory } from '../vendor-plugin.ts';
import type { AuthPorts } from './auth-ports.ts';
import { clerkSessionCookie, createClerkAuth } from './clerk-auth.ts';

/** Clerk: its SDK verifies sessions (its middleware mounted), mirrors balances and knows the payer's email. */
export const clerkPlugin: VendorFactory<Extract<AuthConfig, { kind: 'clerk' }>, AuthPorts> = (config, { logger }) => {
  const clerk = createClerkAuth(config, logger);
  return {
    port: {
      auth: clerk.port,
      sessionCookie: clerkSessionCookie,
      balanceMirror: clerk.balanceMirror,
      directory: clerk.directory,
      publicSettings: { clerkPublishableKey: config.publishableKey },
    },
    routes: [clerk.middleware],
    jobs: [],
  };
};
