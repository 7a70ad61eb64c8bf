import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { trpc } from '../api/trpc.ts';
import { QueryFallback } from '../components/query-fallback.tsx';
import { DeviceCheck } from '../interview/device-check.tsx';
import { NewInterviewForm } from '../interview/new-interview-form.tsx';
import { newSubmissionKey } from '../interview/submission-key.ts';
import { useMicrophoneLevel } from '../interview/use-microphone-level.ts';

export function NewInterviewPage() {
  const { t, i18n } = useTranslation();
  const me = trpc.account.me.useQuery();
  const mic = useMicrophoneLevel();
  const [, navigate] = useLocation();
  const utils = trpc.useUtils();
  // One key for this form: a double click or a retried request starts (and charges) one interview.
  const submissionKey = useRef(newSubmissionKey());
  const create = trpc.interview.create.useMutation({
    // A Retell room asks interview.join for its token when the candidate starts the call: one handed
    // over here could have expired by then, and would outlive a reload in the history state.
    onSuccess: async ({ interviewId }) => {
      await utils.account.me.invalidate();
      navigate(`/interview/${interviewId}`);
    },
  });

  if (me.isPending || me.error) return <QueryFallback query={me} />;
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

  return (
    <main className="page">
      <h1>{t('newInterview.title')}</h1>
      <DeviceCheck language={i18n.resolvedLanguage ?? 'en'} needsMicrophone={needsMicrophone} mic={mic} />
      <NewInterviewForm
        defaultName={me.data.user.name ?? ''}
        busy={create.isPending}
        // A spoken call without a working microphone would spend a credit on silence.
        blockedReason={needsMicrophone && noMicrophone ? t('newInterview.needsMicrophone') : null}
        error={create.error?.message ?? null}
        onSubmit={(values) => {
          if (!create.isPending) create.mutate({ ...values, idempotencyKey: submissionKey.current });
        }}
      />
    </main>
  );
}
