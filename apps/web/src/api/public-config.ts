import superjson from 'superjson';
import type { RouterOutputs } from './trpc.ts';

export type PublicConfig = RouterOutputs['account']['publicConfig'];

/**
 * Read before any provider exists: whether to start Clerk depends on it. A plain GET of
 * the tRPC procedure, decoded with the same transformer.
 */
export async function fetchPublicConfig(): Promise<PublicConfig> {
  const response = await fetch('/trpc/account.publicConfig', { credentials: 'include' });
  if (!response.ok) throw new Error(`The server answered ${response.status}.`);
  const body = (await response.json()) as { result: { data: Parameters<typeof superjson.deserialize>[0] } };
  return superjson.deserialize<PublicConfig>(body.result.data);
}
