/**
 * Where an operator sees each user's balance outside our database (Clerk's
 * `publicMetadata.credits`, as the original design has it). Display only: nothing ever
 * reads credits back from it. Adapters: Clerk's Backend API; without Clerk, nowhere.
 */
export interface BalanceMirror {
  readonly mode: 'clerk' | 'none';
  /**
   * Writes the user's balance as it is now. 'unknown-user' when the provider has no such
   * user (nothing to retry); throws when the write may succeed later (it is retried).
   */
  write(userId: string, credits: number): Promise<'written' | 'unknown-user'>;
}

/** The local default: there is nowhere to mirror to, so every change is done at once. */
export const noBalanceMirror: BalanceMirror = {
  mode: 'none',
  write: () => Promise.resolve('written'),
};
