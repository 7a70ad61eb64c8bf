import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useRoute } from 'wouter';
import { trpc } from '../api/trpc.ts';

/** How often the server is asked whether an interview still runs, while one does. */
const whileLiveMs = 10_000;

/**
 * "Interview in progress — rejoin", on every page but that interview's room, for as long as
 * the server says an interview of the candidate's has not ended (a call left by Back keeps
 * running, and its credit is spent).
 */
export function LiveInterviewBanner() {
  const { t } = useTranslation();
  const utils = trpc.useUtils();
  const [location] = useLocation();
  // Each page change asks again: leaving a room is exactly when a call may have been left running.
  useEffect(() => {
    void utils.interview.list.invalidate();
  }, [location, utils]);
  const list = trpc.interview.list.useQuery(undefined, {
    refetchInterval: (query) => (query.state.data?.some((interview) => interview.status !== 'ended') ? whileLiveMs : false),
  });
  const [inRoom, params] = useRoute<{ interviewId: string }>('/interview/:interviewId');
  // The newest first: the one the candidate most likely left.
  const running = list.data?.find((interview) => interview.status !== 'ended');
  if (!running || (inRoom && params.interviewId === running.id)) return null;
  return (
    <div className="live-banner" role="status" data-testid="live-banner">
      <span className="live-banner-text" title={running.jobTitle}>
        <strong>{t('room.inProgress')}</strong> {running.jobTitle}
      </span>
      <Link className="button" to={`/interview/${running.id}`}>
        {t('room.rejoin')}
      </Link>
    </div>
  );
}
