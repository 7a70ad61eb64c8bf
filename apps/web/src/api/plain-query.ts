import superjson from 'superjson';
import type { RouterOutputs } from './trpc.ts';

export type PublicConfig = RouterOutputs['account']['publicConfig'];
export type SessionSummary = RouterOutputs['account']['session'];

/**
 * The two answers the first screen needs, read with a plain GET of the tRPC procedure and
 * decoded with the same transformer: no tRPC client or query cache on the first page, which a
 * signed-out visitor never needs.
 */
async function plainQuery<T>(procedure: string): Promise<T> {
  const response = await fetch(`/trpc/${procedure}`, { credentials: 'include' });
  if (!response.ok) throw new Error(`The server answered ${response.status}.`);
  const body = (await response.json()) as { result: { data: Parameters<typeof superjson.deserialize>[0] } };
  return superjson.deserialize<T>(body.result.data);
}

/** Which adapters run and Clerk's public key: read before any provider exists. */
const fetchPublicConfig = () => plainQuery<PublicConfig>('account.publicConfig');

/** Who the session cookie says is signed in, or null (local sign-in). */
export const fetchSession = () => plainQuery<SessionSummary>('account.session');

let first: { config: Promise<PublicConfig>; session: Promise<SessionSummary> } | null = null;

/**
 * Both first questions asked together, once per page load: local mode needs both before its
 * first screen, and asking them one after the other costs a round trip on a slow phone.
 */
export function firstAnswers() {
  if (!first) {
    first = { config: fetchPublicConfig(), session: fetchSession() };
    // Clerk mode never reads the session answer; its failure is no one's error.
    first.session.catch(() => undefined);
  }
  return first;
}
