import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearchParams } from 'wouter';
import { errorText } from '../api/error-text.ts';
import { trpc } from '../api/trpc.ts';
import { QueryFallback } from '../components/query-fallback.tsx';
import { DeviceCheck } from '../interview/device-check.tsx';
import { FitWarning } from '../interview/fit-warning.tsx';
import { InterviewInProgressCard, useInterviewInProgress } from '../interview/interview-in-progress.tsx';
import { NewInterviewForm, type NewInterviewFormProps } from '../interview/new-interview-form.tsx';
import { newSubmissionKey } from '../interview/submission-key.ts';
import { useMicrophoneLevel } from '../interview/use-microphone-level.ts';
import { WeakSpotsChoice } from '../interview/weak-spots-choice.tsx';

type StartValues = Parameters<NewInterviewFormProps['onSubmit']>[0];

export function NewInterviewPage() {
  const { t, i18n } = useTranslation();
  const me = trpc.account.me.useQuery();
  const mic = useMicrophoneLevel();
  const [, navigate] = useLocation();
  const utils = trpc.useUtils();
  // One key for this form: a double click or a retried request starts (and charges) one interview.
  const submissionKey = useRef(newSubmissionKey());
  const preview = trpc.interview.fitPreview.useMutation();
  // Offered only with a finished report to aim at; the dashboard's next step arrives with it ticked (?focus=weak-spots).
  const weakSpots = trpc.interview.weakSpots.useQuery();
  const inProgress = useInterviewInProgress();
  const [search] = useSearchParams();
  const [focusOnWeakSpots, setFocusOnWeakSpots] = useState(search.get('focus') === 'weak-spots');
  /** What the form's fit check found, waiting for the candidate's choice; null when there is nothing to ask. */
  const [warning, setWarning] = useState<{ values: StartValues; gaps: string[] } | null>(null);
  const create = trpc.interview.create.useMutation({
    // A Retell room asks interview.join for its token when the candidate starts the call: one handed
    // over here could have expired by then, and would outlive a reload in the history state.
    onSuccess: async ({ interviewId }) => {
      await utils.account.me.invalidate();
      navigate(`/interview/${interviewId}`);
    },
    // Another tab started a call since the history was read: read it again, and the form gives way to the card.
    onError: (error) => {
      if (error.data?.code === 'CONFLICT') void utils.interview.list.invalidate();
    },
  });

  const start = (values: StartValues) => {
    const focus = focusOnWeakSpots && Boolean(weakSpots.data);
    if (!create.isPending) create.mutate({ ...values, focusOnWeakSpots: focus, idempotencyKey: submissionKey.current });
  };

  if (me.isPending || me.error) return <QueryFallback query={me} loading={t('loading.account')} />;
  const needsMicrophone = me.data.modes.voice === 'retell';
  const noMicrophone = mic.state.kind === 'blocked' || mic.state.kind === 'missing' || mic.state.kind === 'failed';
  if (me.data.credits < 1) {
    return (
      <main className="page">
        <h1>{t('newInterview.title')}</h1>
        <p className="card">
          {t('newInterview.noCredits')} <Link to="/pricing">{t('newInterview.buyPackage')}</Link> {t('newInterview.toStart')}
        </p>
      </main>
    );
  }

  if (inProgress) {
    return (
      <main className="page">
        <h1>{t('newInterview.title')}</h1>
        <InterviewInProgressCard interview={inProgress} />
      </main>
    );
  }

  return (
    <main className="page">
      <h1>{t('newInterview.title')}</h1>
      <DeviceCheck language={i18n.resolvedLanguage ?? 'en'} needsMicrophone={needsMicrophone} mic={mic} />
      <NewInterviewForm
        defaultName={me.data.user.name ?? ''}
        busy={create.isPending || preview.isPending}
        busyLabel={preview.isPending ? t('newInterview.checking') : undefined}
        hidden={warning !== null}
        // A spoken call without a working microphone would spend a credit on silence.
        blockedReason={needsMicrophone && noMicrophone ? t('newInterview.needsMicrophone') : null}
        // The server's words are English; a refusal the form can name is said in the page's language.
        error={
          create.error?.data?.code === 'CONFLICT' ? t('newInterview.inProgressRefused') : create.error ? errorText(create.error, t) : null
        }
        onSubmit={(values) => {
          if (create.isPending || preview.isPending) return;
          const { jobTitle, jobDescription, resumeText, language } = values;
          preview.mutate(
            { jobTitle, jobDescription, resumeText, language },
            {
              onSuccess: (found) => {
                if (found.warn) setWarning({ values, gaps: found.gaps });
                else start(values);
              },
              // The check only advises: when it cannot answer, the interview starts as it would have.
              onError: () => start(values),
            },
          );
        }}
      >
        {weakSpots.data && <WeakSpotsChoice weakSpots={weakSpots.data} checked={focusOnWeakSpots} onChange={setFocusOnWeakSpots} />}
      </NewInterviewForm>
      {warning && (
        <FitWarning
          gaps={warning.gaps}
          busy={create.isPending}
          onStart={() => start(warning.values)}
          onEdit={() => {
            setWarning(null);
            requestAnimationFrame(() => document.getElementById('interview-resumeText')?.focus());
          }}
        />
      )}
    </main>
  );
}
