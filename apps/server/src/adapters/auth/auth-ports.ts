import type { BalanceMirror } from '@voxly/api/credits';
import type { AuthPort, UserDirectory } from '@voxly/api/router';

/** What the server takes from a sign-in vendor. */
export interface AuthPorts {
  auth: AuthPort;
  /** The cookie a signed-in browser carries (a loading hint for the web app, not proof of anything). */
  sessionCookie: string;
  /** Where each balance is shown outside our database (Clerk's dashboard), or nowhere. */
  balanceMirror: BalanceMirror;
  /** What the sign-in provider knows of a user (the payer's email), or nothing. */
  directory: UserDirectory;
  /** What the web app needs to start the vendor's browser client. */
  publicSettings: { clerkPublishableKey?: string };
}
