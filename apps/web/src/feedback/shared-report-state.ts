/** What the shared-report page shows. */
export type SharedReportState = 'loading' | 'ready' | 'gone' | 'unreachable';

/** The server's answers that mean the link will never open a report: unknown, turned off, or malformed. */
const deadLinkCodes = new Set(['NOT_FOUND', 'BAD_REQUEST']);

/** The lookup as the page's query holds it (tRPC's error carries the server's code in `data`). */
export interface SharedLookup {
  status: 'pending' | 'error' | 'success';
  data: unknown;
  error: { data?: { code?: string } | null } | null;
}

/**
 * The page's state from the link's shape and the lookup. A malformed link is dead without asking;
 * an answer that the link is unknown, turned off or malformed is dead too (even over a report read
 * before: it was unshared meanwhile). Any other failure (no network, a server error, too many
 * requests) says nothing about the link: the visitor may try again, and a report already read stays.
 */
export function sharedReportState(wellFormed: boolean, lookup: SharedLookup): SharedReportState {
  if (!wellFormed) return 'gone';
  if (lookup.status === 'pending') return 'loading';
  if (lookup.status === 'error') {
    const code = lookup.error?.data?.code;
    if (code && deadLinkCodes.has(code)) return 'gone';
    if (lookup.data === undefined) return 'unreachable';
  }
  return 'ready';
}
