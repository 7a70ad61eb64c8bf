import type { ClerkClient } from '@clerk/backend';
import type { UserDirectory } from '@voxly/api/router';
import type { Logger } from '../../logging/logger.ts';

/** A checkout waits this long at most for the payer's email. */
const lookupTimeoutMs = 3_000;

/** What an email address must look like to be handed to a payment provider. */
const plausibleEmail = /^[^\s@]{1,64}@[^\s@]{1,253}$/;

/**
 * Clerk's user object (`GET /v1/users/{id}`): its primary email address, as it is now, for
 * the payer on a checkout. A lookup that fails or is slow answers null (logged): the buyer
 * then types an email on the provider's page.
 */
export function createClerkUserDirectory(clerk: ClerkClient, logger: Logger): UserDirectory {
  return {
    async primaryEmail(userId) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const timeout = new Promise<null>((resolve) => {
        timer = setTimeout(() => resolve(null), lookupTimeoutMs);
      });
      try {
        const user = await Promise.race([clerk.users.getUser(userId), timeout]);
        if (!user) {
          logger.warn({ userId }, 'Clerk did not answer the user lookup in time; the checkout goes without the payer email');
          return null;
        }
        const email = user.primaryEmailAddress?.emailAddress ?? null;
        return email && plausibleEmail.test(email) ? email : null;
      } catch (error) {
        logger.warn(
          { userId, status: (error as { status?: unknown }).status },
          'Clerk user lookup failed; the checkout goes without the payer email',
        );
        return null;
      } finally {
        clearTimeout(timer);
      }
    },
  };
}
