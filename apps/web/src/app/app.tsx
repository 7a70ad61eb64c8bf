import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { firstAnswers, onServerStarting, type PublicConfig } from '../api/plain-query.ts';
import LocalAuthShell from '../auth/local-auth-shell.tsx';
import { onDemand } from './on-demand.tsx';
import { sharedLinkToken } from './shared-link.ts';

function AppLoading() {
  const { t } = useTranslation();
  return <p className="page muted">{t('common.loading')}</p>;
}

// Clerk's SDK is large; local mode never downloads it.
const ClerkAuthShell = onDemand(() => import('../auth/clerk-auth-shell.tsx').then((m) => m.default), AppLoading);
// The pages behind sign-in load once someone is signed in (the one-port server preloads them
// for a browser with a session cookie).
const SignedInApp = onDemand(() => import('./signed-in-app.tsx').then((m) => m.default), AppLoading);
// A shared report opens for anyone with the link, outside sign-in; so does a dead link's page.
const SharedReport = onDemand(async () => {
  const [{ ApiProvider }, { SharedReportPage }] = await Promise.all([
    import('../api/api-provider.tsx'),
    import('../pages/shared-report-page.tsx'),
  ]);
  return ({ token }: { token: string }) => (
    <ApiProvider>
      <SharedReportPage token={token} />
    </ApiProvider>
  );
}, AppLoading);
// The sample report is the web app's own: it opens without an account, or even the API.
const SampleReport = onDemand(() => import('../pages/sample-report-page.tsx').then((m) => m.SampleReportPage), AppLoading);
const isSampleReport = () => /^\/sample-report\/?$/.test(window.location.pathname);

export function App() {
  const { t } = useTranslation();
  const [config, setConfig] = useState<PublicConfig | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);
  const sample = isSampleReport();
  useEffect(() => {
    if (sample) return;
    const stopListening = onServerStarting(() => setStarting(true));
    firstAnswers().config.then(setConfig, (e: Error) => setError(e.message));
    return stopListening;
  }, [sample]);

  if (sample) return <SampleReport />;

  if (error) {
    return (
      <p className="page error" role="alert">
        {t('common.serverDown', { error })}
      </p>
    );
  }
  if (!config) {
    // `npm start` has the web app up before the API: wait for it, kindly, instead of a 502.
    if (starting) {
      return (
        <p className="page muted" role="status" data-testid="starting-up">
          {t('common.startingUp')}
        </p>
      );
    }
    return <AppLoading />;
  }

  const token = sharedLinkToken(window.location.pathname);
  if (token !== null) return <SharedReport token={token} />;
  if (config.clerkPublishableKey) {
    return (
      <ClerkAuthShell publishableKey={config.clerkPublishableKey}>
        <SignedInApp />
      </ClerkAuthShell>
    );
  }
  return (
    <LocalAuthShell>
      <SignedInApp />
    </LocalAuthShell>
  );
}
