import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BrowserRouter } from 'react-router';
import { ApiProvider } from '../api/api-provider.tsx';
import { fetchPublicConfig, type PublicConfig } from '../api/public-config.ts';
import LocalAuthShell from '../auth/local-auth-shell.tsx';
import { AppRoutes } from './app-routes.tsx';

// Clerk's SDK is large; local mode never downloads it.
const ClerkAuthShell = lazy(() => import('../auth/clerk-auth-shell.tsx'));
// A shared report opens for anyone with the link, outside sign-in.
const SharedReportPage = lazy(() => import('../pages/shared-report-page.tsx').then((m) => ({ default: m.SharedReportPage })));
const sharedToken = () => /^\/shared\/([A-Za-z0-9_-]{1,100})\/?$/.exec(window.location.pathname)?.[1] ?? null;

export function App() {
  const { t } = useTranslation();
  const [config, setConfig] = useState<PublicConfig | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    fetchPublicConfig().then(setConfig, (e: Error) => setError(e.message));
  }, []);

  if (error) {
    return (
      <p className="page error" role="alert">
        {t('common.serverDown', { error })}
      </p>
    );
  }
  if (!config) return <p className="page muted">{t('common.loading')}</p>;

  const token = sharedToken();
  if (token) {
    return (
      <ApiProvider>
        <Suspense fallback={<p className="page muted">{t('common.loading')}</p>}>
          <SharedReportPage token={token} />
        </Suspense>
      </ApiProvider>
    );
  }

  const routes = (
    <BrowserRouter>
      <AppRoutes />
    </BrowserRouter>
  );
  if (config.clerkPublishableKey) {
    return (
      <Suspense fallback={<p className="page muted">{t('common.loading')}</p>}>
        <ClerkAuthShell publishableKey={config.clerkPublishableKey}>{routes}</ClerkAuthShell>
      </Suspense>
    );
  }
  return <LocalAuthShell>{routes}</LocalAuthShell>;
}
