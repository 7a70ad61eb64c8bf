import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { trpc } from '../api/trpc.ts';

/** The candidate's interview whose call is under way, if the history says one is (newest first). */
export function useInterviewInProgress() {
  const list = trpc.interview.list.useQuery();
  return list.data?.find((interview) => interview.status === 'ongoing') ?? null;
}

/**
 * Shown instead of the form while a call is under way: the server refuses a second interview
 * then (a call left by Back keeps its clock, and its credit, running), so the form says why first.
 */
export function InterviewInProgressCard({ interview }: { interview: { id: string; jobTitle: string } }) {
  const { t } = useTranslation();
  return (
    <div className="card" role="status" data-testid="interview-in-progress">
      <p>
        <strong>{t('newInterview.inProgress', { job: interview.jobTitle })}</strong>
      </p>
      <p>{t('newInterview.inProgressWhy')}</p>
      <Link className="button" to={`/interview/${interview.id}`}>
        {t('newInterview.goToInterview')}
      </Link>
    </div>
  );
}
