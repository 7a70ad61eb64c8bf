import { createContext, useContext } from 'react';

/** What the rest of the app needs from whichever sign-in is running. */
export interface WebAuth {
  mode: 'local' | 'clerk';
  /** The signed-in person's name as the sign-in knows it, for the first screen before the profile loads. */
  displayName: string | null;
  signOut: () => Promise<void>;
  /**
   * A session token for the API and the interview socket (a browser WebSocket cannot send
   * headers): Clerk's, or null where the cookie already says who is calling (local sign-in).
   */
  sessionToken: () => Promise<string | null>;
}

export const AuthContext = createContext<WebAuth | null>(null);

export function useWebAuth(): WebAuth {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useWebAuth outside an auth shell');
  return auth;
}
