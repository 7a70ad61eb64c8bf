import { firstAnswerPaths } from '@voxly/config';
import type { SuperJSONResult } from 'superjson';
import { isStartingStatus, ServerStartingError, untilServerAnswers } from './start-up-retry.ts';
import type { RouterOutputs } from './trpc.ts';

export type PublicConfig = RouterOutputs['account']['publicConfig'];
export type SessionSummary = RouterOutputs['account']['session'];

/**
 * An answer in the transformer's shape. Both first answers are plain JSON (no dates, no maps:
 * superjson sends no `meta`), so superjson itself stays off the first page; it is fetched only
 * if one ever carries a type to restore.
 */
export async function decodeAnswer<T>(data: SuperJSONResult): Promise<T> {
  if (!data.meta) return data.json as T;
  const { default: superjson } = await import('superjson');
  return superjson.deserialize<T>(data);
}

/**
 * The two answers the first screen needs, read with a plain GET of the tRPC procedure and
 * decoded as the transformer wrote them: no tRPC client or query cache on the first page, which
 * a signed-out visitor never needs.
 */
async function plainQuery<T>(path: string): Promise<T> {
  // The same request as the HTML's preload (credentials included), so the browser reuses its answer.
  const response = await fetch(path, { credentials: 'include' }).catch((error: unknown) => {
    // A refused connection (the API, or the one-port server, not listening) is a TypeError.
    throw new ServerStartingError(error instanceof Error ? error.message : String(error));
  });
  if (isStartingStatus(response.status)) throw new ServerStartingError(`The server answered ${response.status}.`);
  if (!response.ok) throw new Error(`The server answered ${response.status}.`);
  const body = (await response.json()) as { result: { data: SuperJSONResult } };
  return decodeAnswer<T>(body.result.data);
}

/** Which adapters run and Clerk's public key: read before any provider exists. */
const fetchPublicConfig = () => plainQuery<PublicConfig>(firstAnswerPaths.config);

/** Who the session cookie says is signed in, or null (local sign-in). */
export const fetchSession = () => plainQuery<SessionSummary>(firstAnswerPaths.session);

let first: { config: Promise<PublicConfig>; session: Promise<SessionSummary> } | null = null;

const startingListeners = new Set<() => void>();
let starting = false;
const noteStarting = () => {
  if (starting) return;
  starting = true;
  for (const listener of startingListeners) listener();
};

/** Tells `listener` (at once, or when it happens) that the first answers are waiting for the API to come up. */
export function onServerStarting(listener: () => void): () => void {
  if (starting) listener();
  startingListeners.add(listener);
  return () => startingListeners.delete(listener);
}

/**
 * Both first questions asked together, once per page load: local mode needs both before its
 * first screen, and asking them one after the other costs a round trip on a slow phone.
 */
export function firstAnswers() {
  if (!first) {
    // While the API is still starting (the web dev server is up first) both are asked again
    // with backoff, and the page goes on by itself once it answers.
    first = { config: untilServerAnswers(fetchPublicConfig, noteStarting), session: untilServerAnswers(fetchSession, noteStarting) };
    // Clerk mode never reads the session answer; its failure is no one's error.
    first.session.catch(() => undefined);
  }
  return first;
}
