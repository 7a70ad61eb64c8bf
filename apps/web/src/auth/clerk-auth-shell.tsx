import { ClerkProvider, SignIn, useAuth, useUser } from '@clerk/react';
import { useMemo, type ReactNode } from 'react';
import { AuthContext, type WebAuth } from './auth-context.ts';
import { SignedOutLanding } from './signed-out-landing.tsx';

function ClerkGate({ children }: { children: ReactNode }) {
  const { isLoaded, isSignedIn, getToken, signOut } = useAuth();
  const displayName = useUser().user?.fullName ?? null;
  const auth = useMemo<WebAuth>(
    () => ({ mode: 'clerk', displayName, signOut: () => signOut(), sessionToken: () => getToken() }),
    [displayName, signOut, getToken],
  );
  if (!isLoaded) return <p className="page muted">Loading…</p>;
  if (!isSignedIn) {
    return (
      <SignedOutLanding>
        <SignIn routing="hash" />
      </SignedOutLanding>
    );
  }
  return <AuthContext.Provider value={auth}>{children}</AuthContext.Provider>;
}

/** Clerk sign-in; loaded as its own chunk only when the server has Clerk configured. */
export default function ClerkAuthShell({ publishableKey, children }: { publishableKey: string; children: ReactNode }) {
  return (
    <ClerkProvider publishableKey={publishableKey}>
      <ClerkGate>{children}</ClerkGate>
    </ClerkProvider>
  );
}
