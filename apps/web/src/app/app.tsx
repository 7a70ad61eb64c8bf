import { lazy, Suspense, useEffect, useState } from 'react';
import { BrowserRouter } from 'react-router';
import { fetchPublicConfig, type PublicConfig } from '../api/public-config.ts';
import LocalAuthShell from '../auth/local-auth-shell.tsx';
import { AppRoutes } from './app-routes.tsx';

// Clerk's SDK is large; local mode never downloads it.
const ClerkAuthShell = lazy(() => import('../auth/clerk-auth-shell.tsx'));

export function App() {
  const [config, setConfig] = useState<PublicConfig | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    fetchPublicConfig().then(setConfig, (e: Error) => setError(e.message));
  }, []);

  if (error) {
    return (
      <p className="page error" role="alert">
        Voxly’s server is not reachable ({error}). Is it running on port 3001?
      </p>
    );
  }
  if (!config) return <p className="page muted">Loading…</p>;

  const routes = (
    <BrowserRouter>
      <AppRoutes />
    </BrowserRouter>
  );
  if (config.clerkPublishableKey) {
    return (
      <Suspense fallback={<p className="page muted">Loading…</p>}>
        <ClerkAuthShell publishableKey={config.clerkPublishableKey}>{routes}</ClerkAuthShell>
      </Suspense>
    );
  }
  return <LocalAuthShell>{routes}</LocalAuthShell>;
}
