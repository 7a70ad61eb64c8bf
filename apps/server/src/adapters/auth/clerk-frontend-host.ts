import { parsePublishableKey } from '@clerk/shared/keys';

/**
 * Clerk's frontend API host, which the publishable key carries ("pk_test_" + base64 of the
 * host): decoded by Clerk's own parser, so a key format Clerk changes is read as Clerk reads it.
 * Null for a key Clerk would not accept, or a host that is not a plain host name.
 */
export function clerkFrontendHost(publishableKey: string): string | null {
  const host = parsePublishableKey(publishableKey)?.frontendApi ?? null;
  return host && /^[a-z0-9.-]+$/i.test(host) ? host : null;
}
