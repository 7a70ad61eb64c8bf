/** What the dashboard knows of a listed interview's review. */
export interface ListedForScore {
  id: string;
  status: string;
  endReason: string | null;
  /** null: no ready review yet (or none will come). */
  judged: boolean | null;
}

/** At most this many reviews are asked for from one dashboard: the latest interviews, which the trend reads. */
export const MAX_SCORES_ASKED = 3;

/**
 * The ended interviews whose review nobody has asked for yet (a review is written the first
 * time it is read): the latest few, newest first as listed. A call that never started has none
 * to write. Pure.
 */
export function awaitingScore<T extends ListedForScore>(listed: readonly T[]): T[] {
  return listed.filter((i) => i.status === 'ended' && i.endReason !== 'never_started' && i.judged === null).slice(0, MAX_SCORES_ASKED);
}
