import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { firstAnswers, onServerStarting, type PublicConfig } from '../api/plain-query.ts';
import LocalAuthShell from '../auth/local-auth-shell.tsx';
import { useLoadedModule } from './use-loaded-module.ts';

// Clerk's SDK is large; local mode never downloads it.
const loadClerkAuthShell = () => import('../auth/clerk-auth-shell.tsx');

function ClerkOnceLoaded({
  publishableKey,
  loading,
  children,
}: {
  publishableKey: string;
  loading: React.JSX.Element;
  children: React.ReactNode;
}) {
  const clerk = useLoadedModule(loadClerkAuthShell);
  if (!clerk) return loading;
  return <clerk.default publishableKey={publishableKey}>{children}</clerk.default>;
}
// The pages behind sign-in load once someone is signed in (the one-port server preloads them
// for a browser with a session cookie).
const loadSignedInApp = () => import('./signed-in-app.tsx');

/** The signed-in app once its chunk is here; until then the same "Loading…" line, with no Suspense in between. */
function SignedInOnceLoaded({ loading }: { loading: React.JSX.Element }) {
  const signedInApp = useLoadedModule(loadSignedInApp);
  if (!signedInApp) return loading;
  return <signedInApp.default />;
}
// A shared report opens for anyone with the link, outside sign-in.
const SharedReport = lazy(async () => {
  const [{ ApiProvider }, { SharedReportPage }] = await Promise.all([
    import('../api/api-provider.tsx'),
    import('../pages/shared-report-page.tsx'),
  ]);
  return {
    default: ({ token }: { token: string }) => (
      <ApiProvider>
        <SharedReportPage token={token} />
      </ApiProvider>
    ),
  };
});
// The sample report is the web app's own: it opens without an account, or even the API.
const SampleReport = lazy(() => import('../pages/sample-report-page.tsx').then((m) => ({ default: m.SampleReportPage })));
const isSampleReport = () => /^\/sample-report\/?$/.test(window.location.pathname);
const sharedToken = () => /^\/shared\/([A-Za-z0-9_-]{1,100})\/?$/.exec(window.location.pathname)?.[1] ?? null;

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

  if (sample) {
    return (
      <Suspense fallback={<p className="page muted">{t('common.loading')}</p>}>
        <SampleReport />
      </Suspense>
    );
  }

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
    return <p className="page muted">{t('common.loading')}</p>;
  }

  const loading = <p className="page muted">{t('common.loading')}</p>;
  const token = sharedToken();
  if (token) {
    return (
      <Suspense fallback={loading}>
        <SharedReport token={token} />
      </Suspense>
    );
  }

  const signedIn = <SignedInOnceLoaded loading={loading} />;
  if (config.clerkPublishableKey) {
    return (
      <ClerkOnceLoaded publishableKey={config.clerkPublishableKey} loading={loading}>
        {signedIn}
      </ClerkOnceLoaded>
    );
  }
  return <LocalAuthShell>{signedIn}</LocalAuthShell>;
}
