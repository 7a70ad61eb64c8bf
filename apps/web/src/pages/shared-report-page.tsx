import { isShareToken } from '@voxly/config';
import { useTranslation } from 'react-i18next';
import { trpc } from '../api/trpc.ts';
import { Loading } from '../components/query-fallback.tsx';
import { VisitorHeader } from '../components/visitor-header.tsx';
import { Report, ReportHeading } from '../feedback/report.tsx';
import { SharedGone, SharedUnreachable } from '../feedback/shared-link-states.tsx';
import { sharedReportState } from '../feedback/shared-report-state.ts';
import { WeakSpotProgress } from '../feedback/weak-spot-progress.tsx';
import { supportedLanguageOf } from '../i18n/i18n.ts';
import { LanguageGate } from '../i18n/language-gate.tsx';

/**
 * A review someone shared, for anyone with its link, signed in or not: the report alone
 * (no account, no balance, no name), read-only, in the interview's language.
 */
export function SharedReportPage({ token }: { token: string }) {
  const { t } = useTranslation();
  // A malformed link is dead: no need to ask (the server would refuse it with a 400 anyway).
  const wellFormed = isShareToken(token);
  const shared = trpc.feedback.shared.useQuery({ token }, { retry: false, enabled: wellFormed });
  const state = sharedReportState(wellFormed, shared);
  if (state === 'gone') return <SharedGone />;
  if (state === 'unreachable') return <SharedUnreachable retry={() => void shared.refetch()} retrying={shared.isFetching} />;
  let body;
  if (state === 'loading' || !shared.data) body = <Loading text={t('loading.report')} />;
  else {
    const data = shared.data;
    const language = supportedLanguageOf(data.language);
    body = (
      <LanguageGate language={language}>
        <ReportHeading
          jobTitle={data.jobTitle}
          field={data.field}
          language={language}
          createdAt={data.createdAt}
          setup={data.setup}
          reader
        />
        <WeakSpotProgress focus={data.weakSpotFocus} ratings={data.feedback.ratings} language={language} reader />
        <Report
          reader
          view={{ status: 'ready', feedback: data.feedback, metrics: data.metrics, judged: data.judged }}
          interview={{
            id: token,
            jobTitle: data.jobTitle,
            candidateName: null,
            language,
            createdAt: data.createdAt,
            transcript: data.transcript,
            weakSpotFocus: data.weakSpotFocus,
            ...data.setup,
          }}
        />
      </LanguageGate>
    );
  }
  return (
    <>
      <VisitorHeader />
      <main id="main" className="page">
        <p className="notice no-print">{t('feedback.sharedNote')}</p>
        {body}
        <p className="no-print">
          <a href="/">{t('feedback.tryVoxly')}</a>
        </p>
      </main>
    </>
  );
}
