import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchSession, firstAnswers } from '../api/plain-query.ts';
import { AuthContext, type WebAuth } from './auth-context.ts';
import { LocalSignInForm } from './local-sign-in-form.tsx';
import { SignedOutLanding } from './signed-out-landing.tsx';

type LocalSession =
  { state: 'checking' } | { state: 'signed-out' } | { state: 'signed-in'; name: string | null } | { state: 'unreachable'; error: string };

async function postJson(path: string, body?: unknown): Promise<void> {
  const response = await fetch(path, {
    method: 'POST',
    credentials: 'include',
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) {
    const payload = (await response.json().catch(() => null)) as { error?: string } | null;
    throw new Error(payload?.error ?? `The server answered ${response.status}.`);
  }
}

/**
 * Local mode: the server's signed cookie is the session; no token to attach. Signing out
 * unmounts the signed-in app, so the old user's cached data goes with it.
 */
export default function LocalAuthShell({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [session, setSession] = useState<LocalSession>({ state: 'checking' });
  // The first check reuses the answer asked for beside the public config; later ones ask anew.
  const check = useCallback(
    (fresh: boolean) =>
      (fresh ? fetchSession() : firstAnswers().session).then(
        (who) => setSession(who ? { state: 'signed-in', name: who.name } : { state: 'signed-out' }),
        // Only a first check that fails says so; a later one (on return to the tab) that
        // meets a blip keeps what is shown, as a query cache would.
        (e: Error) => setSession((shown) => (shown.state === 'checking' ? { state: 'unreachable', error: e.message } : shown)),
      ),
    [],
  );
  useEffect(() => {
    void check(false);
    // A session revoked elsewhere (signed out in another tab) shows the landing on return.
    const onVisible = () => {
      if (document.visibilityState === 'visible') void check(true);
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [check]);
  const displayName = session.state === 'signed-in' ? session.name : null;
  const auth = useMemo<WebAuth>(
    () => ({
      mode: 'local',
      displayName,
      async signOut() {
        await postJson('/auth/local/sign-out');
        setSession({ state: 'signed-out' });
      },
      sessionToken: () => Promise.resolve(null),
    }),
    [displayName],
  );

  if (session.state === 'checking') return <p className="page muted">{t('common.loading')}</p>;
  if (session.state === 'unreachable') {
    return (
      <p className="page error" role="alert">
        {t('common.couldNotReach', { error: session.error })}
      </p>
    );
  }
  if (session.state === 'signed-out') {
    return (
      <SignedOutLanding>
        <LocalSignInForm
          onSubmit={async (name) => {
            await postJson('/auth/local', { name });
            await check(true);
          }}
        />
      </SignedOutLanding>
    );
  }
  return <AuthContext.Provider value={auth}>{children}</AuthContext.Provider>;
}
