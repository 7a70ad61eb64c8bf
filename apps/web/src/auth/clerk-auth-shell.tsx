import { ClerkProvider, SignIn, useAuth } from '@clerk/react';
import { useMemo, type ReactNode } from 'react';
import { ApiProvider } from '../api/api-provider.tsx';
import { AuthContext, type WebAuth } from './auth-context.ts';
import { SignedOutLanding } from './signed-out-landing.tsx';

function ClerkGate({ children }: { children: ReactNode }) {
  const { isLoaded, isSignedIn, getToken, signOut } = useAuth();
  const auth = useMemo<WebAuth>(() => ({ mode: 'clerk', signOut: () => signOut(), socketToken: () => getToken() }), [signOut, getToken]);
  if (!isLoaded) return <p className="page muted">Loading…</p>;
  if (!isSignedIn) {
    return (
      <SignedOutLanding>
        <SignIn routing="hash" />
      </SignedOutLanding>
    );
  }
  return (
    <AuthContext.Provider value={auth}>
      <ApiProvider getToken={() => getToken()}>{children}</ApiProvider>
    </AuthContext.Provider>
  );
}

/** Clerk sign-in; loaded as its own chunk only when the server has Clerk configured. */
export default function ClerkAuthShell({ publishableKey, children }: { publishableKey: string; children: ReactNode }) {
  return (
    <ClerkProvider publishableKey={publishableKey}>
      <ClerkGate>{children}</ClerkGate>
    </ClerkProvider>
  );
}
