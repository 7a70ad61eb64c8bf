import { useQueryClient } from '@tanstack/react-query';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiProvider } from '../api/api-provider.tsx';
import { trpc } from '../api/trpc.ts';
import { AuthContext, type WebAuth } from './auth-context.ts';
import { LocalSignInForm } from './local-sign-in-form.tsx';
import { SignedOutLanding } from './signed-out-landing.tsx';

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

function LocalGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const session = trpc.account.session.useQuery();
  const auth = useMemo<WebAuth>(
    () => ({
      mode: 'local',
      async signOut() {
        await postJson('/auth/local/sign-out');
        // Forget the old user's data and re-ask who is signed in.
        await queryClient.resetQueries();
      },
      socketToken: () => Promise.resolve(null),
    }),
    [queryClient],
  );

  if (session.isPending) return <p className="page muted">{t('common.loading')}</p>;
  if (session.error) {
    return (
      <p className="page error" role="alert">
        {t('common.couldNotReach', { error: session.error.message })}
      </p>
    );
  }
  if (!session.data) {
    return (
      <SignedOutLanding>
        <LocalSignInForm
          onSubmit={async (name) => {
            await postJson('/auth/local', { name });
            await queryClient.invalidateQueries();
          }}
        />
      </SignedOutLanding>
    );
  }
  return <AuthContext.Provider value={auth}>{children}</AuthContext.Provider>;
}

/** Local mode: the server's signed cookie is the session; no token to attach. */
export default function LocalAuthShell({ children }: { children: ReactNode }) {
  return (
    <ApiProvider>
      <LocalGate>{children}</LocalGate>
    </ApiProvider>
  );
}
