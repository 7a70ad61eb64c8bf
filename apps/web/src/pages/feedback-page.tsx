import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import { errorText } from '../api/error-text.ts';
import { trpc } from '../api/trpc.ts';
import { QueryFallback } from '../components/query-fallback.tsx';
import { FeedbackFailed } from '../feedback/feedback-failed.tsx';
import { RecordingPanel } from '../feedback/recording-panel.tsx';
import { Report, ReportHeading } from '../feedback/report.tsx';
import { ShareControls } from '../feedback/share-controls.tsx';
import { WeakSpotProgress } from '../feedback/weak-spot-progress.tsx';
import { supportedLanguageOf } from '../i18n/i18n.ts';
import { LanguageGate } from '../i18n/language-gate.tsx';
import { useDeviceRecording } from '../recording/use-device-recording.ts';

export function FeedbackPage() {
  const { t } = useTranslation();
  const { interviewId } = useParams<{ interviewId: string }>();
  const interview = trpc.interview.get.useQuery({ interviewId });
  const view = trpc.feedback.get.useQuery(
    { interviewId },
    { enabled: interview.data?.status === 'ended', refetchInterval: (q) => (q.state.data?.status === 'pending' ? 1_500 : false) },
  );
  const utils = trpc.useUtils();
  const regenerate = trpc.feedback.regenerate.useMutation({ onSuccess: (data) => utils.feedback.get.setData({ interviewId }, data) });
  // Browser-voice answers were recorded in this browser only (if at all): the report plays them here.
  const device = useDeviceRecording(interviewId, interview.data?.voiceMode === 'browser');

  if (interview.isPending || interview.error) return <QueryFallback query={interview} loading={t('loading.report')} />;
  const data = interview.data;
  let body;
  if (data.status !== 'ended') {
    body = (
      <p className="card">
        {t('feedback.notEnded')} <Link to={`/interview/${data.id}`}>{t('feedback.backToInterview')}</Link>
      </p>
    );
  } else if (view.error) {
    body = (
      <p className="error" role="alert">
        {errorText(view.error, t)}
      </p>
    );
  } else if (!view.data || view.data.status === 'pending') {
    body = (
      <p className="card" role="status" aria-live="polite">
        <span className="spinner" aria-hidden="true" /> {t('feedback.generating')}
      </p>
    );
  } else if (view.data.status === 'unavailable') {
    body = <p className="card">{view.data.reason === 'never_started' ? t('feedback.neverStarted') : t('feedback.notEnded')}</p>;
  } else if (view.data.status === 'failed') {
    body = (
      <FeedbackFailed canRetry={view.data.canRetry} retrying={regenerate.isPending} onRetry={() => regenerate.mutate({ interviewId })} />
    );
  } else {
    const provider = view.data.recording;
    const replay = provider
      ? [{ src: provider.url, answers: provider.answers }]
      : device.recording.status === 'kept'
        ? device.recording.sources
        : [];
    body = (
      <>
        <RecordingPanel provider={provider !== null} device={device.recording} onForget={device.forget} />
        <WeakSpotProgress focus={data.weakSpotFocus} ratings={view.data.feedback.ratings} language={data.language} />
        <Report
          view={view.data}
          interview={data}
          actions={<ShareControls interviewId={data.id} />}
          practiseHref={(index) => `/practice/${data.id}/${index}`}
          replay={replay}
        />
      </>
    );
  }
  return (
    <main className="page">
      <LanguageGate language={supportedLanguageOf(data.language)}>
        <ReportHeading jobTitle={data.jobTitle} field={data.field} language={data.language} createdAt={data.createdAt} setup={data} />
        {body}
      </LanguageGate>
      <p className="no-print">
        <Link to="/">{t('common.backToDashboard')}</Link>
      </p>
    </main>
  );
}
