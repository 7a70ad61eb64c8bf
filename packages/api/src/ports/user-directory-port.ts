/**
 * What the sign-in provider knows about a user beyond the id its tokens carry. Adapters:
 * Clerk's Backend API (the user object); local sign-in knows no more than the name.
 */
export interface UserDirectory {
  /**
   * The user's primary email as the provider holds it now; null when there is none, or when
   * the provider cannot say in time (the adapter logs why: a checkout never waits on it).
   */
  primaryEmail(userId: string): Promise<string | null>;
}

/** The local default: local users have no email. */
export const noUserDirectory: UserDirectory = {
  primaryEmail: () => Promise.resolve(null),
};
