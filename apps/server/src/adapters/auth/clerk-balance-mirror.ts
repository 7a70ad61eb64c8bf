import type { ClerkClient } from '@clerk/backend';
import type { BalanceMirror } from '@voxly/api/credits';

/**
 * The balance as Clerk's dashboard shows it: `publicMetadata.credits`, written through the
 * Backend API (`PATCH /v1/users/{id}/metadata`, which deep-merges, so other metadata keys
 * stay). Display only: we never read it back (ADR 0024).
 */
export function createClerkBalanceMirror(clerk: ClerkClient): BalanceMirror {
  return {
    mode: 'clerk',
    async write(userId, credits) {
      try {
        await clerk.users.updateUserMetadata(userId, { publicMetadata: { credits } });
        return 'written';
      } catch (error) {
        // A user deleted in Clerk (or never there) has nothing to show; anything else is retried.
        if ((error as { status?: unknown }).status === 404) return 'unknown-user';
        throw error;
      }
    },
  };
}
