import { useEffect } from 'react';
import { trpc, type RouterOutputs } from '../api/trpc.ts';
import { awaitingScore } from './awaiting-score.ts';

/**
 * Asks for the review of each recently ended interview that has none yet, so its score and the
 * trend fill in on the dashboard without the report being opened first; the list is read again
 * as each review is ready. A review still being written (a model's) is asked again until it is.
 */
export function useScoresFilledIn(listed: RouterOutputs['interview']['list'] | undefined): void {
  const utils = trpc.useUtils();
  const waiting = awaitingScore(listed ?? []);
  const reviews = trpc.useQueries((t) =>
    waiting.map((interview) =>
      t.feedback.get(
        { interviewId: interview.id },
        { refetchInterval: (query) => (query.state.data?.status === 'pending' ? 3_000 : false), retry: false },
      ),
    ),
  );
  const ready = reviews.filter((review) => review.data?.status === 'ready').length;
  useEffect(() => {
    if (ready > 0) void utils.interview.list.invalidate();
  }, [ready, utils]);
}
